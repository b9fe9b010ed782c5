using LKvitai.Application.Common.Models;
using LKvitai.Application.HandlingUnits;
using LKvitai.Application.HandlingUnits.AddHandlingUnitLine;
using LKvitai.Application.HandlingUnits.CreateHandlingUnit;
using LKvitai.Application.HandlingUnits.GetHandlingUnit;
using LKvitai.Application.HandlingUnits.GetHandlingUnitHistory;
using LKvitai.Application.HandlingUnits.GetHandlingUnitLabel;
using LKvitai.Application.HandlingUnits.ReprintHandlingUnitLabel;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.HandlingUnits.ListHandlingUnits;
using LKvitai.Application.HandlingUnits.MergeHandlingUnits;
using LKvitai.Application.HandlingUnits.MoveHandlingUnit;
using LKvitai.Application.HandlingUnits.MoveHandlingUnitStock;
using LKvitai.Application.HandlingUnits.RemoveHandlingUnitLine;
using LKvitai.Application.HandlingUnits.SealHandlingUnit;
using LKvitai.Application.HandlingUnits.SplitHandlingUnit;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class HandlingUnitEndpoints
{
    public sealed record AddLineRequest(Guid CommandId, string Sku, decimal Quantity, string? FromLocation, DateOnly? ExpiresOn);

    public sealed record RemoveLineRequest(Guid CommandId, string Sku, decimal Quantity, string? ToLocation, string? Reason);

    public sealed record CommandOnlyRequest(Guid CommandId);

    public sealed record MoveRequest(Guid CommandId, string ToLocation);

    public sealed record SplitRequest(Guid CommandId, string? Type, IReadOnlyList<HandlingUnitLineDto> Lines);

    public sealed record MergeRequest(Guid CommandId, IReadOnlyList<string> SourceLpns);

    public sealed record ReprintRequest(Guid CommandId, string? Printer);

    public static void MapHandlingUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/handling-units").WithTags("Handling units");

        units.MapGet("/", async (string? location, string? sku, string? status, int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListHandlingUnitsQuery(location, sku, status, page ?? 1, pageSize ?? 50), ct)).ToOk(context))
            .WithName("ListHandlingUnits").WithSummary("Handling units by bin, by item they hold, by status (default: OPEN and SEALED), paged.")
            .Produces<PagedList<HandlingUnitDto>>().ProducesProblems(400, 401);

        units.MapGet("/{lpn}", async (string lpn, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetHandlingUnitQuery(lpn), ct)).ToOk(context))
            .WithName("GetHandlingUnit").WithSummary("Look up a scanned LPN (the SSCC, \"(00)\" prefix accepted): type, status, bin and lines.")
            .Produces<HandlingUnitDto>().ProducesProblems(401, 404);

        units.MapGet("/{lpn}/history", async (string lpn, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetHandlingUnitHistoryQuery(lpn), ct)).ToOk(context))
            .WithName("GetHandlingUnitHistory").WithSummary("A handling unit's events and every movement into or out of it.")
            .Produces<HandlingUnitHistoryDto>().ProducesProblems(401, 404);

        units.MapGet("/{lpn}/label", async (string lpn, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetHandlingUnitLabelQuery(lpn), ct)).ToOk(context))
            .WithName("GetHandlingUnitLabel").WithSummary("A sealed unit's label: its content for a preview and the ZPL; 422 when the unit is not sealed.")
            .Produces<HandlingUnitLabelDto>().ProducesProblems(401, 404, 422);

        units.MapPost("/{lpn}/reprint", async (string lpn, ReprintRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ReprintHandlingUnitLabelCommand(request.CommandId, lpn, request.Printer), ct)).ToOk(context))
            .WithName("ReprintHandlingUnitLabel").WithSummary("Print a sealed unit's label again (the command id is the print job id); see /api/v1/print-jobs for its state.")
            .Produces<PrintJobDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/", async (CreateHandlingUnitCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, o => Results.Created($"/api/v1/handling-units/{o.Units[0].Lpn}", o)))
            .WithName("CreateHandlingUnit").WithSummary("A new empty OPEN handling unit (PALLET, BOX, BAG, UNIT) in a bin, with a new SSCC; 422 \"Bin capacity exceeded\" when the bin is full.")
            .Produces<HandlingUnitOperationDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422);

        units.MapPost("/{lpn}/lines", async (string lpn, AddLineRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new AddHandlingUnitLineCommand(request.CommandId, lpn, request.Sku, request.Quantity, request.FromLocation, request.ExpiresOn), ct)).ToOk(context))
            .WithName("AddHandlingUnitLine").WithSummary("Put stock into an OPEN unit: from loose stock in its bin, or from SUPPLIER (a receipt). Sealed: 422 \"Cannot modify sealed HU\".")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/{lpn}/lines/remove", async (string lpn, RemoveLineRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new RemoveHandlingUnitLineCommand(request.CommandId, lpn, request.Sku, request.Quantity, request.ToLocation, request.Reason), ct)).ToOk(context))
            .WithName("RemoveHandlingUnitLine").WithSummary("Take stock out of an OPEN unit: to loose stock in its bin, or to SCRAP etc.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/{lpn}/seal", async (string lpn, CommandOnlyRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new SealHandlingUnitCommand(request.CommandId, lpn), ct)).ToOk(context))
            .WithName("SealHandlingUnit").WithSummary("Seal an OPEN unit with at least one line.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/{lpn}/move", async (string lpn, MoveRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new MoveHandlingUnitCommand(request.CommandId, lpn, request.ToLocation), ct)).ToOk(context))
            .WithName("MoveHandlingUnit").WithSummary("Put away or transfer a whole unit: one movement per line, all or nothing; the destination must exist and have room.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/{lpn}/split", async (string lpn, SplitRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new SplitHandlingUnitCommand(request.CommandId, lpn, request.Type, request.Lines), ct)).ToOk(context))
            .WithName("SplitHandlingUnit").WithSummary("Some lines into a new unit in the same bin (quantities conserved); an emptied source becomes EMPTY.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/{lpn}/merge", async (string lpn, MergeRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new MergeHandlingUnitsCommand(request.CommandId, lpn, request.SourceLpns), ct)).ToOk(context))
            .WithName("MergeHandlingUnits").WithSummary("Every line of the source units into this OPEN unit (same bin); the sources become EMPTY.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        units.MapPost("/stock-transfers", async (MoveHandlingUnitStockCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToOk(context))
            .WithName("MoveHandlingUnitStock").WithSummary("A quantity of one item from one unit into another OPEN unit in the same bin.")
            .Produces<HandlingUnitOperationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);
    }
}
