using LKvitai.Application.Offline.GetOfflinePolicy;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class OfflineEndpoints
{
    public static void MapOfflineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/offline").WithTags("Offline operation");

        group.MapGet("/policy", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetOfflinePolicyQuery(), ct)).ToOk(context))
            .WithName("GetOfflinePolicy")
            .WithSummary("The handheld's offline queue limits; refused (feature.disabled) while enable_offline_operations is off for the caller.")
            .Produces<OfflinePolicyDto>().ProducesProblems(401, 403);
    }
}
