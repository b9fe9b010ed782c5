namespace LKvitai.Domain.Printing;

/// <summary>The states of a print job: queued → printed, or after its retries manual (printed by hand from the queue).</summary>
public static class PrintJobStates
{
    public const string Queued = "queued";
    public const string Printed = "printed";
    public const string Manual = "manual";

    public static readonly IReadOnlyList<string> All = [Queued, Printed, Manual];

    public static bool IsKnown(string state) => All.Contains(state, StringComparer.Ordinal);
}

/// <summary>One label to print. Its id is chosen by the caller, so asking twice prints once.</summary>
public sealed class PrintJob
{
    public Guid Id { get; set; }

    public Guid HandlingUnitId { get; set; }

    public required string Sscc { get; set; }

    /// <summary>The printer's name; null when no printer was registered when the job was queued.</summary>
    public string? Printer { get; set; }

    public required string Zpl { get; set; }

    public string State { get; set; } = PrintJobStates.Queued;

    public int Attempts { get; set; }

    /// <summary>When the dispatcher sends it next; null once printed or in the manual queue.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PrintedAt { get; set; }

    public required string RequestedBy { get; set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): an operator's change cannot overwrite the dispatcher's.</summary>
    public uint Version { get; set; }

    public bool CanBeRetried => State is PrintJobStates.Queued or PrintJobStates.Manual;
}
