namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>Configuration section "Printing".</summary>
public sealed class PrintingOptions
{
    public const string Section = "Printing";

    /// <summary>Send print jobs from this process (the dispatcher); several processes may do so at once.</summary>
    public bool Enabled { get; set; } = true;

    private static readonly TimeSpan[] DefaultRetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>
    /// Waits before the retries of a failed job (5 s, 15 s, 30 s); after the last, the job goes to the manual queue.
    /// Null by default because the configuration binder appends to an array instead of replacing it.
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;

    /// <summary>How long to wait for the connection and for the printer's answer to ~HS.</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle dispatcher looks for due jobs (a new job wakes it at once in its own process).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Jobs sent at the same time by one process (a printer that does not answer holds one sender).</summary>
    public int Senders { get; set; } = 2;

    /// <summary>Digits of the GS1 company prefix, for grouping the SSCC's human-readable line.</summary>
    public int CompanyPrefixLength { get; set; } = 7;
}
