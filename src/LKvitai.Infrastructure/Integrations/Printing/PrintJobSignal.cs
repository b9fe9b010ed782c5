namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>Wakes this process's idle print senders when a job is queued, so a label is sent at once, not at the next poll.</summary>
internal sealed class PrintJobSignal : IDisposable
{
    private readonly SemaphoreSlim waiting = new(0);

    public void Wake()
    {
        // One release is enough: a woken sender keeps sending until no job is due.
        if (waiting.CurrentCount == 0)
        {
            waiting.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => waiting.WaitAsync(timeout, cancellationToken);

    public void Dispose() => waiting.Dispose();
}
