namespace LKvitai.Application.Common.Interfaces;

public interface IFeatureFlagEvaluator
{
    Task<bool> IsOnForAsync(string flagKey, string subject, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, bool>> EvaluateAllAsync(string subject, CancellationToken cancellationToken);

    /// <summary>Forget cached rules, after this process changed a flag (other processes refresh within a second).</summary>
    void Invalidate();
}
