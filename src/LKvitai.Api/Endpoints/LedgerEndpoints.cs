using LKvitai.Application.Common.Models;
using LKvitai.Application.Ledger;
using LKvitai.Application.Ledger.GetBalances;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Ledger.GetMovement;
using LKvitai.Application.Ledger.ListConsistencyChecks;
using LKvitai.Application.Ledger.RunConsistencyCheck;
using LKvitai.Application.Ledger.ListMovements;
using LKvitai.Application.Ledger.RecordMovement;
using LKvitai.Application.Ledger.RecordMovementBatch;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class LedgerEndpoints
{
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

        app.MapGet("/api/v1/balances", async (string? location, string? sku, bool? includeVirtual, int? page, int? pageSize, DateTimeOffset? asOf,
                ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetBalancesQuery(location, sku, includeVirtual ?? false, page ?? 1, pageSize ?? 100, asOf), ct)).ToOk(context))
            .WithTags("Movement ledger")
            .WithName("GetBalances")
            .WithSummary("Balances by location, item or both (physical locations unless includeVirtual); with asOf, as they were at that instant.")
            .Produces<PagedList<BalanceDto>>().ProducesProblems(400, 401);
    }
}
