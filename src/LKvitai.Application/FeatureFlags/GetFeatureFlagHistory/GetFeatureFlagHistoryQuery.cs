using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.FeatureFlags.GetFeatureFlagHistory;

public sealed record GetFeatureFlagHistoryQuery(string Key) : IWmsQuery<IReadOnlyList<FeatureFlagChangeDto>>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class GetFeatureFlagHistoryQueryHandler(IWmsDbContext db)
    : IQueryHandler<GetFeatureFlagHistoryQuery, Result<IReadOnlyList<FeatureFlagChangeDto>>>
{
    public async ValueTask<Result<IReadOnlyList<FeatureFlagChangeDto>>> Handle(
        GetFeatureFlagHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.FeatureFlags.AnyAsync(f => f.Key == query.Key, cancellationToken))
        {
            return Error.NotFound("feature_flags.not_found", "Feature flag not found", $"There is no flag '{query.Key}'.");
        }

        var changes = await db.FeatureFlagChanges.AsNoTracking()
            .Where(c => c.FlagKey == query.Key)
            .OrderByDescending(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return changes.Select(c => new FeatureFlagChangeDto(
            c.FlagKey,
            c.ChangedAt,
            c.ChangedBy,
            new FeatureFlagSettingsDto(c.EnabledBefore, c.RolloutPercentageBefore, c.UserWhitelistBefore),
            new FeatureFlagSettingsDto(c.EnabledAfter, c.RolloutPercentageAfter, c.UserWhitelistAfter))).ToList();
    }
}
