using LKvitai.Application.Common.Models;
using LKvitai.Application.Reservations;
using LKvitai.Application.Reservations.AllocateReservation;
using LKvitai.Application.Reservations.CancelReservation;
using LKvitai.Application.Reservations.CreateReservation;
using LKvitai.Application.Reservations.GetAvailableStock;
using LKvitai.Application.Reservations.GetReservation;
using LKvitai.Application.Reservations.ListReservationBumps;
using LKvitai.Application.Reservations.ListReservations;
using LKvitai.Application.Reservations.PickReservation;
using LKvitai.Application.Reservations.StartPicking;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class ReservationEndpoints
{
    public sealed record ReservationCommandRequest(Guid CommandId);

    public sealed record CancelRequest(Guid CommandId, string Reason);

    public sealed record PickRequest(Guid CommandId, string Location, string Sku, decimal Quantity, string? Lpn, string? ToLocation);

    public static void MapReservationEndpoints(this IEndpointRouteBuilder app)
    {
        var reservations = app.MapGroup("/api/v1/reservations").WithTags("Reservations");

        app.MapGet("/api/v1/available-stock", async (string? sku, string? location, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetAvailableStockQuery(sku, location), ct)).ToOk(context))
            .WithTags("Reservations").WithName("GetAvailableStock")
            .WithSummary("Per bin, item and unit: physical, HARD-locked, SOFT-allocated and available (= physical − HARD) stock.")
            .Produces<IReadOnlyList<AvailableStockDto>>().ProducesProblems(400, 401, 403);

        reservations.MapPost("/", async (CreateReservationCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, r => Results.Created($"/api/v1/reservations/{r.Id}", r)))
            .WithName("CreateReservation")
            .WithSummary("Reserve stock (purpose, priority 1–10, lines); allocation runs at once: ALLOCATED with SOFT locks, or PENDING with the reason. Behind enable_reservation_engine.")
            .Produces<ReservationDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422);

        reservations.MapGet("/", async (string? status, int? minPriority, int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListReservationsQuery(status, page ?? 1, pageSize ?? 50, minPriority), ct)).ToOk(context))
            .WithName("ListReservations").WithSummary("Reservations by status and at least a priority (minPriority 1–10), highest priority first.")
            .Produces<PagedList<ReservationDto>>().ProducesProblems(400, 401, 403);

        reservations.MapGet("/bumps", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListReservationBumpsQuery(), ct)).ToOk(context))
            .WithName("ListReservationBumps").WithSummary("The bump log: SOFT reservations bumped by a higher priority or a HARD lock, who took what and why.")
            .Produces<IReadOnlyList<BumpDto>>().ProducesProblems(401, 403);

        reservations.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetReservationQuery(id), ct)).ToOk(context))
            .WithName("GetReservation").WithSummary("A reservation with its locks and its whole event stream.")
            .Produces<ReservationDto>().ProducesProblems(401, 403, 404);

        reservations.MapPost("/{id:guid}/allocate", async (Guid id, ReservationCommandRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new AllocateReservationCommand(request.CommandId, id), ct)).ToOk(context))
            .WithName("AllocateReservation").WithSummary("Run allocation again (FIFO by receipt, then fewest units, then walk order).")
            .Produces<ReservationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        reservations.MapPost("/{id:guid}/start-picking", async (Guid id, ReservationCommandRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new StartPickingCommand(request.CommandId, id), ct)).ToOk(context))
            .WithName("StartPicking")
            .WithSummary("SOFT locks become HARD, re-validated on the balance rows, all or nothing; 409 \"Stock hard-locked by another reservation\" when another got there first.")
            .Produces<ReservationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        reservations.MapPost("/{id:guid}/picks", async (Guid id, PickRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new PickReservationCommand(request.CommandId, id, request.Location, request.Sku, request.Quantity, request.Lpn, request.ToLocation), ct)).ToOk(context))
            .WithName("PickReservation")
            .WithSummary("Pick for a reservation in PICKING (its HARD locks, listed in walk order, are the pick list): movement committed, handling-unit projection caught up, then the reservation updated — CONSUMED when all is picked. Else 422 \"Reservation not in picking state\".")
            .Produces<ReservationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        reservations.MapPost("/{id:guid}/cancel", async (Guid id, CancelRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new CancelReservationCommand(request.CommandId, id, request.Reason), ct)).ToOk(context))
            .WithName("CancelReservation").WithSummary("Cancel explicitly (the only way a HARD lock ends without a pick): locks released.")
            .Produces<ReservationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);
    }
}
