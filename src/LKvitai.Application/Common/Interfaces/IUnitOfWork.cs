namespace LKvitai.Application.Common.Interfaces;

/// <summary>The one place a command's changes are committed (used by the transaction behaviour only).</summary>
public interface IUnitOfWork
{
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Saves tracked changes and commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
