namespace LKvitai.Application.Common.Interfaces;

/// <summary>What a handling unit's label shows.</summary>
public sealed record HandlingUnitLabel(
    Guid HandlingUnitId, string Sscc, string Type, string Location, IReadOnlyList<HandlingUnitLabelLine> Lines,
    DateTimeOffset Date, string? ReceiptReference, DateOnly? ExpiresOn = null);

public sealed record HandlingUnitLabelLine(string Sku, string? Name, decimal Quantity, string UnitOfMeasure);

/// <summary>A print job: queued → printed, or after its retries manual (waiting in the manual print queue).</summary>
public sealed record PrintJobDto(
    Guid Id, Guid HandlingUnitId, string Sscc, string? Printer, string State, int Attempts, DateTimeOffset? NextAttemptAt,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? PrintedAt, string RequestedBy);

/// <summary>Renders labels as ZPL (for printers and for the SPA's preview).</summary>
public interface ILabelRenderer
{
    string Render(HandlingUnitLabel label);
}

/// <summary>
/// Label printing: a job is stored (idempotent by its id: the same id again returns the existing job and prints nothing
/// more) and sent in the background over TCP to the printer, with retries, then the manual queue.
/// </summary>
public interface ILabelPrinting
{
    /// <param name="printer">A registered printer's name; null = the default printer (the first registered one).</param>
    Task<PrintJobDto> QueueAsync(Guid printJobId, HandlingUnitLabel label, string? printer, string requestedBy, CancellationToken cancellationToken);
}
