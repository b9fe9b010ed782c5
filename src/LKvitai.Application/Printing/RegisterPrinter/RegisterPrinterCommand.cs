using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Printing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.RegisterPrinter;

/// <param name="Port">Raw-print TCP port; 9100 when omitted.</param>
/// <param name="Enabled">True when omitted.</param>
public sealed record RegisterPrinterCommand(Guid CommandId, string Name, string Host, int? Port = null, bool? Enabled = null)
    : IWmsCommand<PrinterDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class RegisterPrinterCommandValidator : AbstractValidator<RegisterPrinterCommand>
{
    public RegisterPrinterCommandValidator()
    {
        RuleFor(c => c.Name).PrinterName();
        RuleFor(c => c.Host).PrinterHost();
        RuleFor(c => c.Port).PrinterPort();
    }
}

public sealed class RegisterPrinterCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RegisterPrinterCommand, Result<PrinterDto>>
{
    public async ValueTask<Result<PrinterDto>> Handle(RegisterPrinterCommand command, CancellationToken cancellationToken)
    {
        var name = PrinterRules.NormaliseName(command.Name);
        if (await db.Printers.AnyAsync(p => p.Name == name, cancellationToken))
        {
            return PrintingErrors.PrinterExists;
        }

        var now = clock.GetUtcNow();
        var printer = new Printer
        {
            Name = name,
            Host = command.Host.Trim(),
            Port = command.Port ?? Printer.DefaultPort,
            Enabled = command.Enabled ?? true,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = currentUser.Name,
        };
        db.Printers.Add(printer);
        return PrinterDto.From(printer);
    }
}
