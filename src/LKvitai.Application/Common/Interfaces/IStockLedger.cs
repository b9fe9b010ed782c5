using LKvitai.Domain.Common;
using LKvitai.Domain.Ledger;

namespace LKvitai.Application.Common.Interfaces;

/// <summary>
/// One movement to append, as the ledger receives it (locations by code). Stock is taken from the source handling unit
/// (null = loose stock) and put into the destination handling unit; <see cref="HandlingUnitId"/> is the unit the movement
/// is filed under in the audit trail. A pick names the reservation whose HARD lock it consumes (<see cref="HardLockOf"/>):
/// it takes from the locked quantity instead of the free one, and the lock shrinks with it.
/// </summary>
public sealed record LedgerMovement(
    string Sku, decimal Quantity, string FromLocation, string ToLocation, MovementType Type, Guid? HandlingUnitId, string? Reason,
    Guid? FromHandlingUnit = null, Guid? ToHandlingUnit = null, Guid? HardLockOf = null);

/// <summary>What the caller asked for, who asked, and under which command id; all movements commit together or none.</summary>
public sealed record LedgerAppend(Guid CommandId, string Operator, string? CorrelationId, IReadOnlyList<LedgerMovement> Movements);

public sealed record RecordedMovement(Guid MovementId, long Sequence, DateTimeOffset OccurredAt, LedgerMovement Movement);

/// <summary>
/// The movement ledger: the only writer of movements and balances (it connects as the database's ledger role). In one
/// transaction it checks every source balance with a guarded update, moves the quantities, appends the movements and
/// stores the command's idempotency record, so it commits itself (commands using it implement
/// <see cref="Messaging.ILedgerCommand"/>).
/// </summary>
public interface IStockLedger
{
    /// <param name="storedResult">The command's response for these movements, kept as its idempotent first result.</param>
    Task<Result<IReadOnlyList<RecordedMovement>>> AppendAsync(
        LedgerAppend append, Func<IReadOnlyList<RecordedMovement>, object> storedResult, CancellationToken cancellationToken);
}

/// <summary>Thrown when a concurrent delivery of the same command id committed first.</summary>
public sealed class DuplicateCommandException(Guid commandId, Exception inner)
    : Exception($"Command {commandId} was committed concurrently", inner);
