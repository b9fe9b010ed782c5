using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.FeatureFlags.ListFeatureFlags;

public sealed record ListFeatureFlagsQuery : IWmsQuery<IReadOnlyList<FeatureFlagDto>>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class ListFeatureFlagsQueryHandler(IWmsDbContext db)
    : IQueryHandler<ListFeatureFlagsQuery, Result<IReadOnlyList<FeatureFlagDto>>>
{
    public async ValueTask<Result<IReadOnlyList<FeatureFlagDto>>> Handle(ListFeatureFlagsQuery query, CancellationToken cancellationToken)
    {
        var flags = await db.FeatureFlags.AsNoTracking().OrderBy(f => f.Key).ToListAsync(cancellationToken);
        return flags.Select(FeatureFlagDto.From).ToList();
    }
}
