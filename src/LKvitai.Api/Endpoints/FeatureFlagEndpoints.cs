using LKvitai.Application.FeatureFlags;
using LKvitai.Application.FeatureFlags.GetFeatureFlagHistory;
using LKvitai.Application.FeatureFlags.GetMyFeatureFlags;
using LKvitai.Application.FeatureFlags.ListFeatureFlags;
using LKvitai.Application.FeatureFlags.UpdateFeatureFlag;
using LKvitai.Application.Common.Interfaces;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class FeatureFlagEndpoints
{
    public sealed record UpdateFeatureFlagRequest(Guid CommandId, bool Enabled, int RolloutPercentage, IReadOnlyList<string> UserWhitelist);

    public static void MapFeatureFlagEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/feature-flags").WithTags("Feature flags");

        group.MapGet("/me", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetMyFeatureFlagsQuery(), ct)).ToOk(context))
            .WithName("GetMyFeatureFlags").WithSummary("Every flag evaluated for the caller (stable per user).")
            .Produces<MyFeatureFlagsDto>().ProducesProblems(401);

        group.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListFeatureFlagsQuery(), ct)).ToOk(context))
            .WithName("ListFeatureFlags").WithSummary("Flag settings (administrators).")
            .Produces<IReadOnlyList<FeatureFlagDto>>().ProducesProblems(401, 403);

        group.MapPut("/{key}", async (string key, UpdateFeatureFlagRequest request, ISender sender, IFeatureFlagEvaluator evaluator,
                HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(
                    new UpdateFeatureFlagCommand(request.CommandId, key, request.Enabled, request.RolloutPercentage, request.UserWhitelist), ct);
                evaluator.Invalidate();
                return result.ToOk(context);
            })
            .WithName("UpdateFeatureFlag").WithSummary("Change a flag at run time (audited: who, when, before, after).")
            .Produces<FeatureFlagDto>().ProducesProblems(400, 401, 403, 404, 409);

        group.MapGet("/{key}/history", async (string key, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetFeatureFlagHistoryQuery(key), ct)).ToOk(context))
            .WithName("GetFeatureFlagHistory").WithSummary("The flag's changes, newest first (administrators).")
            .Produces<IReadOnlyList<FeatureFlagChangeDto>>().ProducesProblems(401, 403, 404);
    }
}
