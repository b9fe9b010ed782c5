using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.RemoveHandlingUnitLine;

/// <summary>Takes stock out of an OPEN handling unit: to loose stock in its bin (the default) or to a location such as SCRAP.</summary>
public sealed record RemoveHandlingUnitLineCommand(Guid CommandId, string Lpn, string Sku, decimal Quantity, string? ToLocation, string? Reason)
    : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class RemoveHandlingUnitLineCommandValidator : AbstractValidator<RemoveHandlingUnitLineCommand>
{
    public RemoveHandlingUnitLineCommandValidator()
    {
        RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
        RuleFor(c => c.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
        RuleFor(c => c.Quantity).Must(LedgerRules.IsValidQuantity).WithMessage($"Quantity must be above zero, with at most {LedgerRules.QuantityScale} decimals");
        RuleFor(c => c.ToLocation).MaximumLength(40);
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

public sealed class RemoveHandlingUnitLineCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<RemoveHandlingUnitLineCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(RemoveHandlingUnitLineCommand command, CancellationToken cancellationToken)
    {
        var sku = command.Sku.Trim().ToUpperInvariant();
        var to = string.IsNullOrWhiteSpace(command.ToLocation) ? null : command.ToLocation.Trim().ToUpperInvariant();
        return await operations.RunAsync(command.CommandId, [command.Lpn], units =>
        {
            var removed = units[0].RemoveLine(sku, command.Quantity, to ?? units[0].Location);
            if (!removed.IsSuccess)
            {
                return removed.Error;
            }

            var type = to == Domain.Layout.VirtualLocations.Scrap ? MovementType.Scrap : MovementType.Transfer;
            return new HandlingUnitPlan([removed.Value.Transfer],
                [new(removed.Value.After, "LineRemoved", Details: new { sku, command.Quantity, to = removed.Value.Transfer.ToLocation })], type, command.Reason);
        }, cancellationToken);
    }
}
