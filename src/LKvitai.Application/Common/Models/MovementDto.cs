using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;

namespace LKvitai.Application.Common.Models;

/// <summary>One movement of the ledger as every feature shows it (the audit trail, a handling unit's history …).</summary>
public sealed record MovementDto(
    Guid MovementId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Sku,
    decimal Quantity,
    string FromLocation,
    string ToLocation,
    string MovementType,
    string Operator,
    Guid? HandlingUnitId,
    string? Reason,
    Guid CommandId)
{
    public static MovementDto From(RecordedMovement recorded, Guid commandId, string @operator) => new(
        recorded.MovementId, recorded.Sequence, recorded.OccurredAt, recorded.Movement.Sku, recorded.Movement.Quantity,
        recorded.Movement.FromLocation, recorded.Movement.ToLocation, MovementTypes.ToText(recorded.Movement.Type), @operator,
        recorded.Movement.HandlingUnitId, recorded.Movement.Reason, commandId);
}

public static class MovementTypes
{
    public static string ToText(Domain.Ledger.MovementType type) => type.ToString().ToUpperInvariant();

    public static readonly IReadOnlyList<string> Names =
        Enum.GetValues<Domain.Ledger.MovementType>().Select(ToText).ToList();

    public static Domain.Ledger.MovementType Parse(string text) =>
        Enum.Parse<Domain.Ledger.MovementType>(text, ignoreCase: true);
}
