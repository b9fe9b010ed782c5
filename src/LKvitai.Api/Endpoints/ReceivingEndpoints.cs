using LKvitai.Application.Common.Models;
using LKvitai.Application.Receiving;
using LKvitai.Application.Receiving.AnnounceDelivery;
using LKvitai.Application.Receiving.GetDelivery;
using LKvitai.Application.Receiving.GetReceipt;
using LKvitai.Application.Receiving.ListReceiptAlerts;
using LKvitai.Application.Receiving.ListReceipts;
using LKvitai.Application.Receiving.ReceiveGoods;
using LKvitai.Application.Receiving.ResolveReceiptAlert;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class ReceivingEndpoints
{
    public sealed record ResolveRequest(Guid CommandId, string Action);

    public static void MapReceivingEndpoints(this IEndpointRouteBuilder app)
    {
        var receipts = app.MapGroup("/api/v1/receipts").WithTags("Goods receipt");

        receipts.MapPost("/", async (ReceiveGoodsCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, r => Results.Created($"/api/v1/receipts/{r.Id}", r)))
            .WithName("ReceiveGoods")
            .WithSummary("Receive goods into a new handling unit in a bin: created, lines booked from SUPPLIER, sealed, label queued — a saga resumed after a crash. The command id is the receipt id. Unknown bin: 422 \"Location not found\".")
            .Produces<ReceiptDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422);

        receipts.MapGet("/", async (string? status, int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListReceiptsQuery(status, page ?? 1, pageSize ?? 50), ct)).ToOk(context))
            .WithName("ListReceipts").WithSummary("Receipts, newest first, by status.")
            .Produces<PagedList<ReceiptDto>>().ProducesProblems(400, 401);

        receipts.MapGet("/alerts", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListReceiptAlertsQuery(), ct)).ToOk(context))
            .WithName("ListReceiptAlerts").WithSummary("Orphan alerts: receipts stuck more than 5 minutes or failed, for a manager to resume or reverse.")
            .Produces<IReadOnlyList<ReceiptDto>>().ProducesProblems(401, 403);

        receipts.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetReceiptQuery(id), ct)).ToOk(context))
            .WithName("GetReceipt").WithSummary("One receipt: status, steps done, its handling unit, label job and the delivery's differences.")
            .Produces<ReceiptDto>().ProducesProblems(401, 404);

        receipts.MapPost("/{id:guid}/resolve", async (Guid id, ResolveRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ResolveReceiptAlertCommand(request.CommandId, id, request.Action), ct)).ToOk(context))
            .WithName("ResolveReceiptAlert").WithSummary("Resolve an alert: \"resume\" finishes the receipt, \"reverse\" returns its goods to SUPPLIER and empties its unit.")
            .Produces<ReceiptDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        var deliveries = app.MapGroup("/api/v1/deliveries").WithTags("Goods receipt");

        deliveries.MapPost("/", async (AnnounceDeliveryCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, d => Results.Created($"/api/v1/deliveries/{d.Reference}", d)))
            .WithName("AnnounceDelivery").WithSummary("Announce a delivery (supplier, expected lines); receipts naming it report the differences.")
            .Produces<AnnouncedDeliveryDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        deliveries.MapGet("/{reference}", async (string reference, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetDeliveryQuery(reference), ct)).ToOk(context))
            .WithName("GetDelivery").WithSummary("An announced delivery, its receipts and the differences between announced and received.")
            .Produces<AnnouncedDeliveryDto>().ProducesProblems(401, 404);
    }
}
