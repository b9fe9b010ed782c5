using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Receiving;

public sealed record ReceiptLine(string Sku, decimal Quantity);

public sealed class SagaOptions
{
    public const string Section = "Sagas";

    /// <summary>How long a runner owns a saga; a crashed runner's saga is resumed by another after this.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>A saga still running after this long raises an alert (SPEC S1: 5 minutes).</summary>
    public int StuckAfterSeconds { get; set; } = 300;
}

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
public sealed class ReceiptSaga(
    ISagaStore store, IHandlingUnitLedger ledger, ILabelPrinting printing, IdempotencyScope idempotency, ISagaFaultInjector faults,
    IWmsDbContext db, Microsoft.Extensions.Options.IOptions<SagaOptions> options)
{
    public const string Type = "receipt";

    public static readonly IReadOnlyList<string> Steps = ["CreateHandlingUnit", "ReceiveLines", "SealHandlingUnit", "PrintLabel"];

    public const string ReverseStep = "ReverseReceipt";

    private static readonly string Process = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>A stable id for something the saga does or makes (the same after a crash): the first 16 bytes of a SHA-256.</summary>
    public static Guid StepId(Guid saga, string purpose) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{saga:N}/{purpose}")).AsSpan(0, 16));

    /// <summary>Runs the saga from where it stands (new, interrupted, or to be reversed) as far as it can go.</summary>
    public async Task<SagaState> RunAsync(Guid id, bool reverse, CancellationToken cancellationToken)
    {
        // Each run holds its own lease: a second run (this process or another) waits until this one ends or dies.
        var runner = $"{Process}:{Guid.NewGuid():N}";
        if (!await store.ClaimAsync(id, runner, TimeSpan.FromSeconds(options.Value.LeaseSeconds), cancellationToken))
        {
            return (await store.GetAsync(id, cancellationToken))!; // another process is running it
        }

        var state = (await store.GetAsync(id, cancellationToken))!;
        var data = state.Data.Deserialize<ReceiptData>(IdempotencyBehaviourJson.Options)!;
        var outer = idempotency.Pending;
        try
        {
            if (reverse && state.Status is SagaStatuses.Running or SagaStatuses.Failed)
            {
                await store.SetStatusAsync(id, SagaStatuses.Compensating, "receipt.reversed", "Reversed by a manager", cancellationToken);
                state = (await store.GetAsync(id, cancellationToken))!;
            }

            if (state.Status == SagaStatuses.Running)
            {
                for (var step = state.NextStep; step < Steps.Count; step++)
                {
                    var done = await ForwardAsync(id, Steps[step], data, cancellationToken);
                    if (!done.IsSuccess)
                    {
                        await store.SetStatusAsync(id, SagaStatuses.Compensating, done.Error.Code, done.Error.Title, cancellationToken);
                        state = (await store.GetAsync(id, cancellationToken))!;
                        break;
                    }

                    faults.AfterStep(id, Steps[step]);
                    await store.CompleteStepAsync(
                        id, step, "forward", Steps[step], step + 1, step + 1 == Steps.Count ? SagaStatuses.Completed : SagaStatuses.Running, cancellationToken);
                }
            }

            if (state.Status == SagaStatuses.Compensating)
            {
                var reversed = await ReverseAsync(id, data, cancellationToken);
                faults.AfterStep(id, ReverseStep);
                if (reversed.IsSuccess)
                {
                    await store.CompleteStepAsync(id, 0, "compensate", ReverseStep, 0, SagaStatuses.Compensated, cancellationToken);
                }
                else
                {
                    await store.SetStatusAsync(id, SagaStatuses.Failed, reversed.Error.Code, reversed.Error.Title, cancellationToken);
                }
            }
        }
        finally
        {
            idempotency.Pending = outer;
        }

        await store.ReleaseAsync(id, runner, cancellationToken);
        return (await store.GetAsync(id, cancellationToken))!;
    }

    private async Task<Result<bool>> ForwardAsync(Guid id, string step, ReceiptData data, CancellationToken cancellationToken)
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
            var added = unit.AddLine(line.Sku, line.Quantity, VirtualLocations.Supplier);
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

    private async Task<Result<bool>> ReverseAsync(Guid id, ReceiptData data, CancellationToken cancellationToken)
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

    private async Task<Result<bool>> LedgerStepAsync(
        Guid id, string step, ReceiptData data, Guid[] units, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        CancellationToken cancellationToken)
    {
        var commandId = StepId(id, step);
        idempotency.Pending = new PendingIdempotencyRecord(commandId, $"{nameof(ReceiptSaga)}.{step}", id.ToString("N"));
        try
        {
            var result = await ledger.ExecuteAsync(
                new HandlingUnitRequest(commandId, data.Operator, data.CorrelationId, units), plan, outcome => new { step, units = outcome.Units.Count },
                cancellationToken);
            return result.IsSuccess ? true : result.Error;
        }
        catch (DuplicateCommandException)
        {
            return true; // this step committed before the saga could record it (a crash in between)
        }
    }

    private async Task<Result<bool>> PrintAsync(Guid id, ReceiptData data, CancellationToken cancellationToken)
    {
        var skus = data.Lines.Select(l => l.Sku).ToList();
        var items = await db.Skus.AsNoTracking().Where(s => skus.Contains(s.Code))
            .Select(s => new { s.Code, s.Name, s.UnitOfMeasure }).ToDictionaryAsync(s => s.Code, cancellationToken);
        var label = new HandlingUnitLabel(
            data.HandlingUnitId, data.Sscc, data.Type, data.Location,
            data.Lines.GroupBy(l => l.Sku).Select(g => new HandlingUnitLabelLine(
                g.Key, items.GetValueOrDefault(g.Key)?.Name, g.Sum(l => l.Quantity), items.GetValueOrDefault(g.Key)?.UnitOfMeasure ?? "PCS")).ToList(),
            DateTimeOffset.UtcNow, data.DeliveryReference ?? id.ToString("N")[..12].ToUpperInvariant());
        await printing.QueueAsync(data.PrintJobId, label, data.Printer, data.Operator, cancellationToken);
        return true;
    }
}
