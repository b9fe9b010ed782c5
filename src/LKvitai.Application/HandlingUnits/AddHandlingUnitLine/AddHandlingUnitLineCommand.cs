using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.AddHandlingUnitLine;

/// <summary>
/// Puts stock into an OPEN handling unit: from loose stock in its bin (the default) or from a virtual location such as
/// SUPPLIER (a receipt), with the lot's expiry date when it has one (the unit keeps the earliest).
/// </summary>
public sealed record AddHandlingUnitLineCommand(Guid CommandId, string Lpn, string Sku, decimal Quantity, string? FromLocation, DateOnly? ExpiresOn = null)
    : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class AddHandlingUnitLineCommandValidator : AbstractValidator<AddHandlingUnitLineCommand>
{
    public AddHandlingUnitLineCommandValidator()
    {
        RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
        RuleFor(c => c.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
        RuleFor(c => c.Quantity).Must(LedgerRules.IsValidQuantity).WithMessage($"Quantity must be above zero, with at most {LedgerRules.QuantityScale} decimals");
        RuleFor(c => c.FromLocation).MaximumLength(40);
    }
}

public sealed class AddHandlingUnitLineCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<AddHandlingUnitLineCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(AddHandlingUnitLineCommand command, CancellationToken cancellationToken)
    {
        var sku = command.Sku.Trim().ToUpperInvariant();
        var from = string.IsNullOrWhiteSpace(command.FromLocation) ? null : command.FromLocation.Trim().ToUpperInvariant();
        return await operations.RunAsync(command.CommandId, [command.Lpn], units =>
        {
            var added = units[0].AddLine(sku, command.Quantity, from ?? units[0].Location, command.ExpiresOn);
            if (!added.IsSuccess)
            {
                return added.Error;
            }

            var type = from == VirtualLocations.Supplier ? MovementType.Receipt : MovementType.Transfer;
            return new HandlingUnitPlan([added.Value.Transfer],
                [new(added.Value.After, "LineAdded", Details: new { sku, command.Quantity, from = added.Value.Transfer.FromLocation })], type);
        }, cancellationToken);
    }
}
