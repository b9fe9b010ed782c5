using LKvitai.Application.Common.Models;
using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Ledger;

namespace LKvitai.Application.Ledger;

/// <summary>The fields of one movement as clients send them.</summary>
public interface IMovementFields
{
    string Sku { get; }

    decimal Quantity { get; }

    string FromLocation { get; }

    string ToLocation { get; }

    string MovementType { get; }

    Guid? HandlingUnitId { get; }

    string? Reason { get; }
}

/// <summary>One movement of a batch.</summary>
public sealed record MovementInput(
    string Sku, decimal Quantity, string FromLocation, string ToLocation, string MovementType, Guid? HandlingUnitId, string? Reason)
    : IMovementFields;

/// <summary>The rules every movement's fields follow, wherever they arrive (one movement, a batch line).</summary>
public sealed class MovementFieldsValidator<T> : AbstractValidator<T>
    where T : IMovementFields
{
    public MovementFieldsValidator()
    {
        RuleFor(m => m.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
        RuleFor(m => m.Quantity).Must(LedgerRules.IsValidQuantity)
            .WithMessage($"Quantity must be above zero, with at most {LedgerRules.QuantityScale} decimals");
        RuleFor(m => m.FromLocation).NotEmpty().WithMessage("Scan or enter the source location").MaximumLength(40);
        RuleFor(m => m.ToLocation).NotEmpty().WithMessage("Scan or enter the destination location").MaximumLength(40)
            .Must((m, to) => !string.Equals(m.FromLocation?.Trim(), to?.Trim(), StringComparison.OrdinalIgnoreCase))
            .WithMessage("Source and destination must differ");
        RuleFor(m => m.MovementType).Must(t => t is not null && MovementTypes.Names.Contains(t.ToUpperInvariant()))
            .WithMessage($"Movement type must be one of: {string.Join(", ", MovementTypes.Names)}");
        RuleFor(m => m.Reason).MaximumLength(500);
        RuleFor(m => m.HandlingUnitId).Null()
            .WithMessage("Stock in a handling unit moves with the handling unit: use the handling-unit endpoints (move, split, merge)");
    }

}

public static class MovementFields
{
    public static LedgerMovement ToLedger(IMovementFields input) => new(
        input.Sku.Trim().ToUpperInvariant(), input.Quantity,
        input.FromLocation.Trim().ToUpperInvariant(), input.ToLocation.Trim().ToUpperInvariant(),
        MovementTypes.Parse(input.MovementType), input.HandlingUnitId, string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim());
}
