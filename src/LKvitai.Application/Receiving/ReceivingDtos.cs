using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;

namespace LKvitai.Application.Receiving;

public sealed record ReceiptStepDto(string Name, string Direction, DateTimeOffset CompletedAt);

/// <summary>Expected (announced) against received, per item, over every completed receipt of the delivery.</summary>
public sealed record ReceiptDifferenceDto(string Sku, decimal Expected, decimal Received, decimal Difference);

/// <summary>A goods receipt: its saga's state, the handling unit it made, its label's print job and the delivery's differences.</summary>
public sealed record ReceiptDto(
    Guid Id, string Status, string Location, string Type, string Lpn, Guid HandlingUnitId, IReadOnlyList<ReceiptLine> Lines,
    string? Supplier, string? DeliveryReference, Guid PrintJobId, IReadOnlyList<ReceiptStepDto> Steps, string? ErrorCode, string? Error,
    IReadOnlyList<ReceiptDifferenceDto> Differences, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    string? Resolution, string? ResolvedBy)
{
    public static ReceiptDto From(SagaState state, IReadOnlyList<ReceiptDifferenceDto>? differences = null)
    {
        var data = state.Data.Deserialize<ReceiptData>(IdempotencyBehaviourJson.Options)!;
        return new ReceiptDto(
            state.Id, state.Status, data.Location, data.Type, data.Sscc, data.HandlingUnitId, data.Lines, data.Supplier, data.DeliveryReference,
            data.PrintJobId, state.Steps.Select(s => new ReceiptStepDto(s.Name, s.Direction, s.CompletedAt)).ToList(), state.ErrorCode,
            state.ErrorDetail, differences ?? [], state.CreatedBy, state.CreatedAt, state.UpdatedAt, state.Resolution, state.ResolvedBy);
    }
}

public sealed record AnnouncedDeliveryDto(
    string Reference, string Supplier, IReadOnlyList<ReceiptLine> ExpectedLines, IReadOnlyList<ReceiptDifferenceDto> Differences,
    IReadOnlyList<Guid> Receipts, string CreatedBy, DateTimeOffset CreatedAt);

public sealed record AnnouncedDelivery(string Reference, string Supplier, IReadOnlyList<ReceiptLine> ExpectedLines, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>Deliveries announced by the ERP or a manager (supplier and expected lines).</summary>
public interface IDeliveryStore
{
    /// <summary>False when the reference exists already.</summary>
    Task<bool> AddAsync(AnnouncedDelivery delivery, CancellationToken cancellationToken);

    Task<AnnouncedDelivery?> GetAsync(string reference, CancellationToken cancellationToken);
}

public static class ReceivingErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("receipt.not_found", "Receipt not found", $"There is no receipt {id}.");

    public static Error DeliveryNotFound(string reference) =>
        Error.BusinessRule("receipt.delivery_not_found", "Delivery not found", $"No delivery '{reference}' was announced.");
}

/// <summary>Differences of a delivery: what was announced against what the completed receipts brought.</summary>
public sealed class DeliveryDifferences(IDeliveryStore deliveries, ISagaStore sagas)
{
    public async Task<(AnnouncedDelivery? Delivery, IReadOnlyList<ReceiptDifferenceDto> Differences, IReadOnlyList<Guid> Receipts)> ForAsync(
        string? reference, CancellationToken cancellationToken)
    {
        if (reference is null || await deliveries.GetAsync(reference, cancellationToken) is not { } delivery)
        {
            return (null, [], []);
        }

        var receipts = (await sagas.ByDataAsync(ReceiptSaga.Type, "deliveryReference", reference, cancellationToken))
            .Where(s => s.Status == SagaStatuses.Completed).ToList();
        var received = receipts.SelectMany(r => r.Data.Deserialize<ReceiptData>(IdempotencyBehaviourJson.Options)!.Lines)
            .GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var expected = delivery.ExpectedLines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var differences = expected.Keys.Union(received.Keys).Order(StringComparer.Ordinal)
            .Select(sku => new ReceiptDifferenceDto(sku, expected.GetValueOrDefault(sku), received.GetValueOrDefault(sku),
                received.GetValueOrDefault(sku) - expected.GetValueOrDefault(sku)))
            .Where(d => d.Difference != 0).ToList();
        return (delivery, differences, receipts.Select(r => r.Id).ToList());
    }
}
