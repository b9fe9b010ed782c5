using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.FeatureFlags.GetMyFeatureFlags;

/// <summary>The flags as evaluated for the caller: what the SPA shows and hides.</summary>
public sealed record GetMyFeatureFlagsQuery : IWmsQuery<MyFeatureFlagsDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetMyFeatureFlagsQueryHandler(IFeatureFlagEvaluator evaluator, ICurrentUser currentUser)
    : IQueryHandler<GetMyFeatureFlagsQuery, Result<MyFeatureFlagsDto>>
{
    public async ValueTask<Result<MyFeatureFlagsDto>> Handle(GetMyFeatureFlagsQuery query, CancellationToken cancellationToken) =>
        new MyFeatureFlagsDto(await evaluator.EvaluateAllAsync(currentUser.Name!, cancellationToken));
}
