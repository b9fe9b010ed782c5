using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Ledger;

namespace LKvitai.Application.Common.Interfaces;

/// <summary>A handling unit's state after an operation, and the event that records the change.</summary>
public sealed record HandlingUnitChange(HandlingUnit After, string Event, bool Created = false, object? Details = null);

/// <summary>What an operation does: the stock it moves and the handling units it changes — all in one transaction.</summary>
public sealed record HandlingUnitPlan(
    IReadOnlyList<StockTransfer> Transfers, IReadOnlyList<HandlingUnitChange> Changes, MovementType MovementType, string? Reason = null,
    Guid? HardLockOf = null);

public sealed record HandlingUnitOutcome(IReadOnlyList<HandlingUnit> Units, IReadOnlyList<RecordedMovement> Movements);

/// <summary>An operation on handling units, under one command id, by one operator.</summary>
public sealed record HandlingUnitRequest(Guid CommandId, string Operator, string? CorrelationId, IReadOnlyList<Guid> HandlingUnits);

/// <summary>
/// The ledger's writer for handling units. In one transaction (as the ledger role) it locks the named units, hands their
/// current state (lines = their balances) to <c>plan</c> — the domain rules — then checks bin capacity, appends the
/// plan's movements through the same guarded balance updates as every movement, writes the units' new state and
/// events and the idempotency record, and commits. Nothing else writes handling units.
/// </summary>
public interface IHandlingUnitLedger
{
    Task<Result<HandlingUnitOutcome>> ExecuteAsync(
        HandlingUnitRequest request, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        Func<HandlingUnitOutcome, object> storedResult, CancellationToken cancellationToken);
}

/// <summary>Issues SSCCs: the configured GS1 company prefix and a serial from the database.</summary>
public interface ISsccIssuer
{
    Task<string> NextAsync(CancellationToken cancellationToken);
}

/// <summary>Finds a handling unit's id by its LPN (the SSCC), for features that only need to name a unit.</summary>
public interface IHandlingUnitDirectory
{
    Task<Guid?> FindIdAsync(string lpn, CancellationToken cancellationToken);
}
