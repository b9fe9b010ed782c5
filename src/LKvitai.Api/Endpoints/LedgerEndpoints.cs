using LKvitai.Application.Common.Models;
using LKvitai.Application.Ledger;
using LKvitai.Application.Ledger.GetBalances;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Ledger.GetMovement;
using LKvitai.Application.Ledger.GetProjectionRebuild;
using LKvitai.Application.Ledger.ListProjections;
using LKvitai.Application.Ledger.RebuildProjection;
using LKvitai.Application.Ledger.ListConsistencyChecks;
using LKvitai.Application.Ledger.RunConsistencyCheck;
using LKvitai.Application.Ledger.ListMovements;
using LKvitai.Application.Ledger.RecordMovement;
using LKvitai.Application.Ledger.RecordMovementBatch;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class LedgerEndpoints
{
    public sealed record RebuildProjectionRequest(Guid CommandId);

    public static void MapLedgerEndpoints(this IEndpointRouteBuilder app)
    {
        var movements = app.MapGroup("/api/v1/movements").WithTags("Movement ledger");

        movements.MapPost("/", async (RecordMovementCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, m => Results.Created($"/api/v1/movements/{m.MovementId}", m)))
            .WithName("RecordMovement")
            .WithSummary("Move a quantity of an item between two locations. A physical source must hold it: else 422 \"Insufficient balance\" and nothing is written.")
            .Produces<MovementDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422);

        movements.MapPost("/batch", async (RecordMovementBatchCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, b => Results.Created("/api/v1/movements", b)))
            .WithName("RecordMovementBatch").WithSummary("Many movements in order, all or nothing (up to 5 000).")
            .Produces<MovementBatchDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 413, 422);

        movements.MapGet("/", async (string? sku, string? location, string? @operator, string? movementType, DateTimeOffset? from, DateTimeOffset? to,
                int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListMovementsQuery(sku, location, @operator, movementType, from, to, page ?? 1, pageSize ?? 100), ct)).ToOk(context))
            .WithName("ListMovements").WithSummary("Audit trail: movements by item, location, operator, type and time range, newest first.")
            .Produces<PagedList<MovementDto>>().ProducesProblems(400, 401);

        movements.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetMovementQuery(id), ct)).ToOk(context))
            .WithName("GetMovement").WithSummary("One movement.")
            .Produces<MovementDto>().ProducesProblems(401, 404);

        var checks = app.MapGroup("/api/v1/consistency-checks").WithTags("Movement ledger");

        checks.MapPost("/", async (RunConsistencyCheckCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, c => Results.Created($"/api/v1/consistency-checks/{c.Id}", c)))
            .WithName("RunConsistencyCheck")
            .WithSummary("Check now: balances equal the ledger, no negative physical balance, every item's balances sum to zero, no stock in deleted bins.")
            .Produces<ConsistencyCheckDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        checks.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListConsistencyChecksQuery(), ct)).ToOk(context))
            .WithName("ListConsistencyChecks").WithSummary("The latest 30 check results (daily at 03:00 and on demand), newest first.")
            .Produces<IReadOnlyList<ConsistencyCheckDto>>().ProducesProblems(401, 403);

        var projections = app.MapGroup("/api/v1/projections").WithTags("Projections");

        projections.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListProjectionsQuery(), ct)).ToOk(context))
            .WithName("ListProjections").WithSummary("Read models behind the ledger: applied movements, lag in movements and seconds, active process.")
            .Produces<IReadOnlyList<ProjectionStatusDto>>().ProducesProblems(401);

        projections.MapPost("/{name}/rebuild", async (string name, RebuildProjectionRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new RebuildProjectionCommand(request.CommandId, name), ct))
                    .ToHttp(context, r => Results.Accepted($"/api/v1/projections/rebuilds/{r.Id}", r)))
            .WithName("RebuildProjection")
            .WithSummary("Rebuild in the background from the ledger; the result says whether the rebuilt copy equalled the live one (administrators).")
            .Produces<ProjectionRebuildDto>(StatusCodes.Status202Accepted).ProducesProblems(400, 401, 403, 404, 409);

        projections.MapGet("/rebuilds/{id:long}", async (long id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetProjectionRebuildQuery(id), ct)).ToOk(context))
            .WithName("GetProjectionRebuild").WithSummary("A rebuild's state: queued, equal, differed (with samples) or failed.")
            .Produces<ProjectionRebuildDto>().ProducesProblems(401, 403, 404);

        app.MapGet("/api/v1/balances", async (string? location, string? sku, bool? includeVirtual, int? page, int? pageSize, DateTimeOffset? asOf,
                ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetBalancesQuery(location, sku, includeVirtual ?? false, page ?? 1, pageSize ?? 100, asOf), ct)).ToOk(context))
            .WithTags("Movement ledger")
            .WithName("GetBalances")
            .WithSummary("Balances by location, item or both (physical locations unless includeVirtual); with asOf, as they were at that instant.")
            .Produces<PagedList<BalanceDto>>().ProducesProblems(400, 401);
    }
}
