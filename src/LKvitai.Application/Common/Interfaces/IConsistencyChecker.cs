namespace LKvitai.Application.Common.Interfaces;

/// <summary>One problem found by a consistency check. Severity P0 means stock figures can not be trusted.</summary>
public sealed record ConsistencyFinding(string Check, string Severity, string Detail);

public sealed record ConsistencyCheckDto(
    long Id, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Trigger, bool Passed, long MovementsChecked,
    IReadOnlyList<ConsistencyFinding> Findings);

/// <summary>Compares the balance table with a recomputation from the ledger and checks the ledger's invariants.</summary>
public interface IConsistencyChecker
{
    Task<ConsistencyCheckDto> RunAsync(string trigger, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsistencyCheckDto>> RecentAsync(int count, CancellationToken cancellationToken);
}
