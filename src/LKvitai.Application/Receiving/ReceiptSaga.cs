using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Receiving;

/// <param name="ExpiresOn">The lot's expiry (best-before) date, if it has one; the unit keeps the earliest (FEFO allocation uses it).</param>
public sealed record ReceiptLine(string Sku, decimal Quantity, DateOnly? ExpiresOn = null);

/// <summary>What a receipt saga knows, saved with it: the request and the ids it gives out before it needs them.</summary>
public sealed record ReceiptData(
    string Location, string Type, IReadOnlyList<ReceiptLine> Lines, string? Supplier, string? DeliveryReference, string? Printer,
    string Operator, string? CorrelationId, Guid HandlingUnitId, string Sscc, Guid PrintJobId);

/// <summary>
/// Goods receipt as a persisted saga. Steps, each its own transaction and saved when done: create the handling unit
/// (OPEN, in the bin) → receive the lines (movements SUPPLIER → the unit, through the ledger) → seal → queue the label.
/// A step interrupted by a crash is run again on resume; its command id (derived from the saga's) makes the ledger
/// refuse to apply it twice, and saga_steps' key refuses to record it twice. A step refused by a business rule
/// compensates in reverse order: the received lines go back to SUPPLIER and the unit becomes EMPTY, in one ledger
/// transaction.
/// </summary>
public sealed class ReceiptSaga(SagaRunner runner, ILabelPrinting printing, IWmsDbContext db) : ISagaDefinition<ReceiptData>, IResumableSaga
{
    public const string Type = "receipt";

    public static readonly IReadOnlyList<string> Steps = ["CreateHandlingUnit", "ReceiveLines", "SealHandlingUnit", "PrintLabel"];

    public const string ReverseStep = "ReverseReceipt";

    string ISagaDefinition<ReceiptData>.Type => Type;

    string IResumableSaga.Type => Type;

    IReadOnlyList<string> ISagaDefinition<ReceiptData>.Steps => Steps;

    string ISagaDefinition<ReceiptData>.Compensation => ReverseStep;

    /// <summary>Runs the receipt from where it stands (new, interrupted, or to be reversed) as far as it can go.</summary>
    public Task<SagaState> RunAsync(Guid id, bool reverse, CancellationToken cancellationToken) => runner.RunAsync(this, id, reverse, cancellationToken);

    public Task<SagaState> ResumeAsync(Guid id, CancellationToken cancellationToken) => RunAsync(id, reverse: false, cancellationToken);

    public async Task<Result<bool>> ForwardAsync(Guid id, string step, ReceiptData data, CancellationToken cancellationToken)
    {
        var unit = data.HandlingUnitId;
        return step switch
        {
            "CreateHandlingUnit" => await LedgerStepAsync(id, step, data, [], _ =>
                new HandlingUnitPlan([], [new(HandlingUnit.Create(unit, data.Sscc, Enum.Parse<HandlingUnitType>(data.Type, true), data.Location),
                    "Created", Created: true, Details: new { receipt = id, data.Supplier, data.DeliveryReference })], MovementType.Receipt), cancellationToken),
            "ReceiveLines" => await LedgerStepAsync(id, step, data, [unit], units => Receive(units[unit], data, id), cancellationToken),
            "SealHandlingUnit" => await LedgerStepAsync(id, step, data, [unit], units =>
                units[unit].Seal() is { IsSuccess: true } sealedUnit
                    ? new HandlingUnitPlan([], [new(sealedUnit.Value!, "Sealed", Details: new { receipt = id })], MovementType.Receipt)
                    : units[unit].Status == HandlingUnitStatus.Sealed ? HandlingUnitErrors.Sealed(data.Sscc) : HandlingUnitErrors.SealEmpty, cancellationToken),
            "PrintLabel" => await PrintAsync(id, data, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown receipt step {step}"),
        };
    }

    private static Result<HandlingUnitPlan> Receive(HandlingUnit unit, ReceiptData data, Guid receipt)
    {
        var transfers = new List<StockTransfer>();
        foreach (var line in data.Lines)
        {
            var added = unit.AddLine(line.Sku, line.Quantity, VirtualLocations.Supplier, line.ExpiresOn);
            if (!added.IsSuccess)
            {
                return added.Error;
            }

            (unit, var transfer) = added.Value;
            transfers.Add(transfer);
        }

        return new HandlingUnitPlan(transfers, [new(unit, "Received", Details: new { receipt, data.Supplier, data.DeliveryReference, data.Lines })],
            MovementType.Receipt, data.DeliveryReference is null ? $"Receipt {receipt}" : $"Receipt {receipt}, delivery {data.DeliveryReference}");
    }

    public async Task<Result<bool>> CompensateAsync(Guid id, ReceiptData data, CancellationToken cancellationToken)
    {
        var unit = data.HandlingUnitId;
        return await LedgerStepAsync(id, ReverseStep, data, [unit], units =>
        {
            if (!units.TryGetValue(unit, out var current))
            {
                return new HandlingUnitPlan([], [], MovementType.Return); // the unit was never created: nothing to undo
            }

            var returned = current.ReturnAll(VirtualLocations.Supplier);
            return returned.IsSuccess
                ? new HandlingUnitPlan(returned.Value.Transfers, [new(returned.Value.After, "ReceiptReversed", Details: new { receipt = id })],
                    MovementType.Return, $"Receipt {id} reversed")
                : returned.Error;
        }, cancellationToken);
    }

    private Task<Result<bool>> LedgerStepAsync(
        Guid id, string step, ReceiptData data, Guid[] units, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        CancellationToken cancellationToken) =>
        runner.LedgerStepAsync(id, nameof(ReceiptSaga), step, data.Operator, data.CorrelationId, units, plan, cancellationToken);

    private async Task<Result<bool>> PrintAsync(Guid id, ReceiptData data, CancellationToken cancellationToken)
    {
        var skus = data.Lines.Select(l => l.Sku).ToList();
        var items = await db.Skus.AsNoTracking().Where(s => skus.Contains(s.Code))
            .Select(s => new { s.Code, s.Name, s.UnitOfMeasure }).ToDictionaryAsync(s => s.Code, cancellationToken);
        var label = new HandlingUnitLabel(
            data.HandlingUnitId, data.Sscc, data.Type, data.Location,
            data.Lines.GroupBy(l => l.Sku).Select(g => new HandlingUnitLabelLine(
                g.Key, items.GetValueOrDefault(g.Key)?.Name, g.Sum(l => l.Quantity), items.GetValueOrDefault(g.Key)?.UnitOfMeasure ?? "PCS")).ToList(),
            DateTimeOffset.UtcNow, data.DeliveryReference ?? id.ToString("N")[..12].ToUpperInvariant(),
            data.Lines.Aggregate((DateOnly?)null, (earliest, l) => HandlingUnit.Earliest(earliest, l.ExpiresOn)));
        await printing.QueueAsync(data.PrintJobId, label, data.Printer, data.Operator, cancellationToken);
        return true;
    }
}
