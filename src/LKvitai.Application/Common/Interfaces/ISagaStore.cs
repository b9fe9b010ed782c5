using System.Text.Json;

namespace LKvitai.Application.Common.Interfaces;

public sealed record SagaStepRecord(int Step, string Direction, string Name, DateTimeOffset CompletedAt);

/// <summary>A saga's saved state: where it is, its data, the steps done, and how a stuck or failed saga was resolved.</summary>
public sealed record SagaState(
    Guid Id, string Type, string Status, int NextStep, JsonElement Data, string? ErrorCode, string? ErrorDetail,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<SagaStepRecord> Steps,
    string? Resolution, string? ResolvedBy);

public static class SagaStatuses
{
    public const string Running = "running";
    public const string Compensating = "compensating";
    public const string Completed = "completed";
    public const string Compensated = "compensated";
    public const string Failed = "failed";
}

/// <summary>Saga state in PostgreSQL, saved after every step; safe with several API processes (leases).</summary>
public interface ISagaStore
{
    /// <summary>Creates the saga unless one with this id exists; either way returns its state.</summary>
    Task<SagaState> StartAsync(Guid id, string type, object data, string createdBy, CancellationToken cancellationToken);

    Task<SagaState?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Takes the saga for this runner unless another runner's lease is still valid.</summary>
    Task<bool> ClaimAsync(Guid id, string runner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records a finished step (once: the step's key refuses a repeat) and moves the saga on, in one transaction.</summary>
    Task CompleteStepAsync(Guid id, int step, string direction, string name, int nextStep, string status, CancellationToken cancellationToken);

    Task SetStatusAsync(Guid id, string status, string? errorCode, string? errorDetail, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid id, string runner, CancellationToken cancellationToken);

    /// <summary>Sagas of a type that are still running or compensating and whose runner's lease has run out (a crashed process).</summary>
    Task<IReadOnlyList<Guid>> AbandonedAsync(string type, CancellationToken cancellationToken);

    /// <summary>Unresolved sagas running longer than <paramref name="stuckAfter"/>, or failed.</summary>
    Task<IReadOnlyList<SagaState>> AlertsAsync(string type, TimeSpan stuckAfter, CancellationToken cancellationToken);

    Task ResolveAsync(Guid id, string resolution, string resolvedBy, CancellationToken cancellationToken);

    Task<(IReadOnlyList<SagaState> Items, int Total)> ListAsync(string type, string? status, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<SagaState>> ByDataAsync(string type, string field, string value, CancellationToken cancellationToken);
}

/// <summary>Lets tests stop a saga right after a step's effect and before its state is saved, as a crash would.</summary>
public interface ISagaFaultInjector
{
    void AfterStep(Guid sagaId, string step);
}
