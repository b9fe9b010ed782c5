using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Printing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.UpdatePrinter;

/// <summary>Changes a printer's address or switches it on or off; jobs already queued go to the new address.</summary>
/// <param name="Port">9100 when omitted.</param>
public sealed record UpdatePrinterCommand(Guid CommandId, string Name, string Host, int? Port, bool Enabled) : IWmsCommand<PrinterDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class UpdatePrinterCommandValidator : AbstractValidator<UpdatePrinterCommand>
{
    public UpdatePrinterCommandValidator()
    {
        RuleFor(c => c.Host).PrinterHost();
        RuleFor(c => c.Port).PrinterPort();
    }
}

public sealed class UpdatePrinterCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdatePrinterCommand, Result<PrinterDto>>
{
    public async ValueTask<Result<PrinterDto>> Handle(UpdatePrinterCommand command, CancellationToken cancellationToken)
    {
        var name = PrinterRules.NormaliseName(command.Name ?? string.Empty);
        var printer = await db.Printers.FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (printer is null)
        {
            return PrintingErrors.PrinterNotFound;
        }

        printer.Host = command.Host.Trim();
        printer.Port = command.Port ?? Printer.DefaultPort;
        printer.Enabled = command.Enabled;
        printer.UpdatedAt = clock.GetUtcNow();
        printer.UpdatedBy = currentUser.Name;
        return PrinterDto.From(printer);
    }
}
