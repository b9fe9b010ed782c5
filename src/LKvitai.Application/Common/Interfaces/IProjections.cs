namespace LKvitai.Application.Common.Interfaces;

/// <summary>Where a projection stands: what it applied, how far behind the ledger it is, which process runs it.</summary>
public sealed record ProjectionStatusDto(
    string Name, long Processed, string? ActiveInstance, DateTimeOffset? HeartbeatAt, DateTimeOffset UpdatedAt,
    long LagMovements, double LagSeconds);

public sealed record ProjectionRebuildDto(
    long Id, string Projection, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt, string State,
    int? RowsRebuilt, int? Differences, IReadOnlyList<string> DifferenceSamples, string? Error);

/// <summary>Administration of the read models behind the ledger.</summary>
public interface IProjections
{
    bool Exists(string name);

    Task<IReadOnlyList<ProjectionStatusDto>> StatusAsync(CancellationToken cancellationToken);

    /// <summary>Queues a background rebuild (recompute from the ledger, compare with the live copy, replace it).</summary>
    Task<long> RequestRebuildAsync(string name, string requestedBy, CancellationToken cancellationToken);

    Task<ProjectionRebuildDto?> GetRebuildAsync(long id, CancellationToken cancellationToken);
}
