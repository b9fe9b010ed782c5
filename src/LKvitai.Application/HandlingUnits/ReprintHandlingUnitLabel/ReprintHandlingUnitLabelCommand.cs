using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.HandlingUnits.ReprintHandlingUnitLabel;

/// <summary>Print a sealed unit's label again; the command id is the print job's id, so a repeat prints once.</summary>
public sealed record ReprintHandlingUnitLabelCommand(Guid CommandId, string Lpn, string? Printer) : IWmsCommand<PrintJobDto>
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class ReprintHandlingUnitLabelCommandValidator : AbstractValidator<ReprintHandlingUnitLabelCommand>
{
    public ReprintHandlingUnitLabelCommandValidator()
    {
        RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
        RuleFor(c => c.Printer).MaximumLength(80);
    }
}

public sealed class ReprintHandlingUnitLabelCommandHandler(HandlingUnitLabels labels, ILabelPrinting printing, ICurrentUser currentUser)
    : ICommandHandler<ReprintHandlingUnitLabelCommand, Result<PrintJobDto>>
{
    public async ValueTask<Result<PrintJobDto>> Handle(ReprintHandlingUnitLabelCommand command, CancellationToken cancellationToken)
    {
        var label = await labels.ForAsync(command.Lpn, cancellationToken);
        return label.IsSuccess
            ? await printing.QueueAsync(command.CommandId, label.Value!, string.IsNullOrWhiteSpace(command.Printer) ? null : command.Printer.Trim(),
                currentUser.Name!, cancellationToken)
            : label.Error;
    }
}
