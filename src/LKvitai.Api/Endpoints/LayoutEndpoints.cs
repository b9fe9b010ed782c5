using LKvitai.Application.Common.Models;
using LKvitai.Application.Layout;
using LKvitai.Application.Layout.CreateBin;
using LKvitai.Application.Layout.CreateWarehouse;
using LKvitai.Application.Layout.GenerateLayout;
using LKvitai.Application.Layout.GetLayoutTree;
using LKvitai.Application.Layout.GetLocation;
using LKvitai.Application.Layout.ImportBins;
using LKvitai.Application.Layout.ListLocations;
using LKvitai.Application.Layout.ListWarehouses;
using LKvitai.Application.Layout.RetireBin;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class LayoutEndpoints
{
    public sealed record RetireBinRequest(Guid CommandId);

    public static void MapLayoutEndpoints(this IEndpointRouteBuilder app)
    {
        var warehouses = app.MapGroup("/api/v1/warehouses").WithTags("Layout");

        warehouses.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListWarehousesQuery(), ct)).ToOk(context))
            .WithName("ListWarehouses").WithSummary("Physical warehouses (MAIN, AUX, COLD …).")
            .Produces<IReadOnlyList<WarehouseDto>>().ProducesProblems(401);

        warehouses.MapPost("/", async (CreateWarehouseCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, w => Results.Created($"/api/v1/warehouses/{w.Code}", w)))
            .WithName("CreateWarehouse").WithSummary("Add a warehouse (managers, administrators).")
            .Produces<WarehouseDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        warehouses.MapPost("/generate", async (GenerateLayoutCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, g => Results.Created($"/api/v1/locations?warehouse={g.Warehouse}", g)))
            .WithName("GenerateLayout").WithSummary("Generate a demo warehouse: aisles × racks × levels × bins (up to 20 000 bins).")
            .Produces<GeneratedLayoutDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        warehouses.MapGet("/{code}/tree", async (string code, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetLayoutTreeQuery(code), ct)).ToOk(context))
            .WithName("GetLayoutTree").WithSummary("A warehouse as a tree: aisles, racks and their bin counts (bins without aisle or rack under \"-\").")
            .Produces<LayoutTreeDto>().ProducesProblems(401, 404);

        var locations = app.MapGroup("/api/v1/locations").WithTags("Layout");

        locations.MapGet("/", async (string? warehouse, string? aisle, string? rack, string? search, bool? includeRetired, int? page, int? pageSize,
                ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListLocationsQuery(warehouse, search, includeRetired ?? false, page ?? 1, pageSize ?? 200, aisle, rack), ct)).ToOk(context))
            .WithName("ListLocations").WithSummary("Bins and virtual locations, by warehouse, aisle, rack (\"-\" = none) or code prefix, paged.")
            .Produces<PagedList<LocationDto>>().ProducesProblems(400, 401);

        locations.MapGet("/{code}", async (string code, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetLocationQuery(code), ct)).ToOk(context))
            .WithName("GetLocation").WithSummary("Validate a scanned location code: its details, or 404 \"Location not found\".")
            .Produces<LocationDto>().ProducesProblems(401, 404);

        locations.MapPost("/", async (CreateBinCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, l => Results.Created($"/api/v1/locations/{l.Code}", l)))
            .WithName("CreateBin").WithSummary("Add a bin with its 3D position, size and capacity; codes are unique and bins may not overlap.")
            .Produces<LocationDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422);

        locations.MapPost("/import", async (ImportBinsCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, i => Results.Created($"/api/v1/locations?warehouse={i.Warehouse}", i)))
            .WithName("ImportLocations")
            .WithSummary("Import bins from CSV (code,aisle,rack,level,x,y,z,width,depth,height,capacity) or JSON, all or nothing; 422 layout.import_rejected lists every bad row in errors (\"row N\").")
            .Produces<ImportedBinsDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 413, 422);

        locations.MapPost("/{code}/retire", async (string code, RetireBinRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new RetireBinCommand(request.CommandId, code), ct)).ToOk(context))
            .WithName("RetireBin").WithSummary("Delete a bin from the layout (kept for history); refused with \"Cannot delete occupied bin\" while it holds stock.")
            .Produces<LocationDto>().ProducesProblems(400, 401, 403, 404, 409, 422);
    }
}
