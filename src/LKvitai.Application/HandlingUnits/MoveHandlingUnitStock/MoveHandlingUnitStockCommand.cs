using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.MoveHandlingUnitStock;

/// <summary>A quantity of one item from one handling unit into another OPEN unit in the same bin.</summary>
public sealed record MoveHandlingUnitStockCommand(Guid CommandId, string FromLpn, string ToLpn, string Sku, decimal Quantity)
    : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class MoveHandlingUnitStockCommandValidator : AbstractValidator<MoveHandlingUnitStockCommand>
{
    public MoveHandlingUnitStockCommandValidator()
    {
        RuleFor(c => c.FromLpn).NotEmpty().WithMessage("Scan the handling unit to take from").MaximumLength(40);
        RuleFor(c => c.ToLpn).NotEmpty().WithMessage("Scan the handling unit to put into").MaximumLength(40);
        RuleFor(c => c.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
        RuleFor(c => c.Quantity).Must(LedgerRules.IsValidQuantity).WithMessage($"Quantity must be above zero, with at most {LedgerRules.QuantityScale} decimals");
    }
}

public sealed class MoveHandlingUnitStockCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<MoveHandlingUnitStockCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(MoveHandlingUnitStockCommand command, CancellationToken cancellationToken)
    {
        var sku = command.Sku.Trim().ToUpperInvariant();
        return await operations.RunAsync(command.CommandId, [command.FromLpn, command.ToLpn], units =>
        {
            var given = units[0].GiveTo(units[1], sku, command.Quantity);
            if (!given.IsSuccess)
            {
                return given.Error;
            }

            var (source, target, transfer) = given.Value;
            return new HandlingUnitPlan([transfer],
            [
                new(source, source.Status == HandlingUnitStatus.Empty ? "StockGivenEmptied" : "StockGiven", Details: new { to = target.Sscc, sku, command.Quantity }),
                new(target, "StockReceived", Details: new { from = source.Sscc, sku, command.Quantity }),
            ], MovementType.Transfer);
        }, cancellationToken);
    }
}
