using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.HandlingUnits;

/// <summary>What a handling unit's label says: its SSCC, lines with item names, bin, and the receipt it came with.</summary>
public sealed class HandlingUnitLabels(IHandlingUnitReader reader, IWmsDbContext db, TimeProvider clock)
{
    public async Task<Result<HandlingUnitLabel>> ForAsync(string lpn, CancellationToken cancellationToken)
    {
        if (await reader.HistoryAsync(Sscc.AsLpn(lpn), cancellationToken) is not { } history)
        {
            return HandlingUnitErrors.NotFound(lpn);
        }

        var unit = history.Unit;
        if (unit.Status != "SEALED")
        {
            return Error.BusinessRule("hu.not_sealed", "Only sealed units have a label", $"Handling unit {unit.Lpn} is {unit.Status}.");
        }

        var skus = unit.Lines.Select(l => l.Sku).ToList();
        var items = await db.Skus.AsNoTracking().Where(s => skus.Contains(s.Code))
            .Select(s => new { s.Code, s.Name, s.UnitOfMeasure }).ToDictionaryAsync(s => s.Code, cancellationToken);
        var created = history.Events.Count > 0 ? history.Events[0].Details : null;
        string? Text(string name) => created is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() : null;
        var reference = Text("deliveryReference") ?? (Text("receipt") is { } receipt ? receipt.Replace("-", string.Empty, StringComparison.Ordinal)[..12].ToUpperInvariant() : null);
        var sealedAt = history.Events.LastOrDefault(e => e.Event == "Sealed")?.OccurredAt ?? clock.GetUtcNow();
        return new HandlingUnitLabel(
            unit.Id, unit.Lpn, unit.Type, unit.Location,
            unit.Lines.Select(l => new HandlingUnitLabelLine(l.Sku, items.GetValueOrDefault(l.Sku)?.Name, l.Quantity, items.GetValueOrDefault(l.Sku)?.UnitOfMeasure ?? "PCS")).ToList(),
            sealedAt, reference, unit.ExpiresOn);
    }
}
