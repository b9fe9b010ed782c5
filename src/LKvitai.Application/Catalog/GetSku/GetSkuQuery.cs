using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Catalog.GetSku;

public sealed record GetSkuQuery(string Code) : IWmsQuery<SkuDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetSkuQueryHandler(IWmsDbContext db) : IQueryHandler<GetSkuQuery, Result<SkuDto>>
{
    public async ValueTask<Result<SkuDto>> Handle(GetSkuQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var sku = await db.Skus.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        return sku is null
            ? Error.NotFound("catalog.sku_not_found", "Item not found", $"There is no item with code '{code}'.")
            : SkuDto.From(sku);
    }
}
