using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.HandlingUnits;

public sealed record TransferData(Guid HandlingUnitId, string Lpn, string ToLocation, string Operator, string? CorrelationId);

/// <summary>
/// Put-away / transfer of a whole handling unit as a persisted saga: validate the destination (an active bin with room),
/// then one ledger transaction that appends a movement per line and moves the unit. If the ledger refuses any movement
/// nothing of the transaction remains, so the unit stays where it was — the compensation has nothing to undo and says so.
/// </summary>
public sealed class TransferSaga(SagaRunner runner, IWmsDbContext db, IHandlingUnitReader reader) : ISagaDefinition<TransferData>, IResumableSaga
{
    public const string Type = "transfer";

    public static readonly IReadOnlyList<string> Steps = ["ValidateDestination", "MoveHandlingUnit"];

    string ISagaDefinition<TransferData>.Type => Type;

    string IResumableSaga.Type => Type;

    IReadOnlyList<string> ISagaDefinition<TransferData>.Steps => Steps;

    public string Compensation => "KeepHandlingUnitInPlace";

    /// <summary>What the move step did, for the command's answer (null when another run did it).</summary>
    public HandlingUnitOutcome? Outcome { get; private set; }

    public Task<SagaState> RunAsync(Guid id, CancellationToken cancellationToken) => runner.RunAsync(this, id, reverse: false, cancellationToken);

    public Task<SagaState> ResumeAsync(Guid id, CancellationToken cancellationToken) => RunAsync(id, cancellationToken);

    public async Task<Result<bool>> ForwardAsync(Guid id, string step, TransferData data, CancellationToken cancellationToken)
    {
        if (step == "ValidateDestination")
        {
            var bin = await db.Locations.AsNoTracking()
                .Where(l => l.Code == data.ToLocation && l.Kind == LocationKind.Bin && l.RetiredAt == null)
                .Select(l => new { l.CapacityHandlingUnits }).SingleOrDefaultAsync(cancellationToken);
            if (bin is null)
            {
                return LedgerErrors.LocationNotFound(data.ToLocation);
            }

            var present = (await reader.ListAsync(data.ToLocation, null, null, 1, 1, cancellationToken)).Total;
            return bin.CapacityHandlingUnits is { } capacity && present >= capacity ? HandlingUnitErrors.CapacityExceeded(data.ToLocation, capacity) : true;
        }

        return await runner.LedgerStepAsync(id, nameof(TransferSaga), step, data.Operator, data.CorrelationId, [data.HandlingUnitId], units =>
        {
            if (!units.TryGetValue(data.HandlingUnitId, out var unit))
            {
                return HandlingUnitErrors.NotFound(data.Lpn);
            }

            var from = unit.Location;
            var moved = unit.MoveTo(data.ToLocation);
            return moved.IsSuccess
                ? new HandlingUnitPlan(moved.Value.Transfers, [new(moved.Value.After, "Moved", Details: new { from, to = data.ToLocation, transfer = id })], MovementType.Transfer)
                : moved.Error;
        }, outcome => Outcome = outcome, cancellationToken);
    }

    /// <summary>The move is one ledger transaction: when it is refused nothing of it exists, so the unit is still in place.</summary>
    public Task<Result<bool>> CompensateAsync(Guid id, TransferData data, CancellationToken cancellationToken) => Task.FromResult<Result<bool>>(true);
}
