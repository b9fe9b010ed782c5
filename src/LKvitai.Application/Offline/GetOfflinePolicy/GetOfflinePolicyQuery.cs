using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.Extensions.Options;

namespace LKvitai.Application.Offline.GetOfflinePolicy;

/// <summary>How the handheld's offline queue behaves (risk O-02): limit, warnings, and the long-offline warning.</summary>
public sealed record OfflinePolicyDto(int QueueLimit, int WarnAtQueueLength, int SyncPromptAtQueueLength, int OfflineWarningAfterHours);

public sealed class OfflineOptions
{
    public const string Section = "Offline";

    /// <summary>100 by default; the seed allows raising it to 200.</summary>
    public int QueueLimit { get; set; } = 100;

    public int OfflineWarningAfterHours { get; set; } = 8;
}

public sealed record GetOfflinePolicyQuery : IWmsQuery<OfflinePolicyDto>, IFeatureGated
{
    public static Access Access => Access.ForRoles(Roles.Operator, Roles.Manager, Roles.Administrator);

    public static string FeatureFlag => FeatureFlagKeys.OfflineOperations;
}

public sealed class GetOfflinePolicyQueryHandler(IOptions<OfflineOptions> options)
    : IQueryHandler<GetOfflinePolicyQuery, Result<OfflinePolicyDto>>
{
    public ValueTask<Result<OfflinePolicyDto>> Handle(GetOfflinePolicyQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(options.Value.QueueLimit, 10, 200);

        // The seed's thresholds at the default limit of 100: warn at 80, prompt to sync at 90.
        return ValueTask.FromResult<Result<OfflinePolicyDto>>(new OfflinePolicyDto(
            limit, limit * 8 / 10, limit * 9 / 10, options.Value.OfflineWarningAfterHours));
    }
}
