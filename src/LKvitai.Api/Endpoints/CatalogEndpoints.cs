using LKvitai.Application.Catalog;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Catalog.GetSku;
using LKvitai.Application.Catalog.ListSkus;
using LKvitai.Application.Catalog.RegisterSku;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/skus").WithTags("Items");

        group.MapGet("/", async (string? search, int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListSkusQuery(search, page ?? 1, pageSize ?? 50), ct)).ToOk(context))
            .WithName("ListSkus").WithSummary("Items, searchable by code or name, paged.")
            .Produces<PagedList<SkuDto>>().ProducesProblems(400, 401);

        group.MapGet("/{code}", async (string code, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetSkuQuery(code), ct)).ToOk(context))
            .WithName("GetSku").WithSummary("One item by code.")
            .Produces<SkuDto>().ProducesProblems(401, 404);

        group.MapPost("/", async (RegisterSkuCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, sku => Results.Created($"/api/v1/skus/{sku.Code}", sku)))
            .WithName("RegisterSku").WithSummary("Add an item (managers, administrators).")
            .Produces<SkuDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);
    }
}
