using LKvitai.Application.Common.Models;
using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Catalog.ListSkus;

public sealed record ListSkusQuery(string? Search, int Page = 1, int PageSize = 50) : IWmsQuery<PagedList<SkuDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListSkusQueryValidator : AbstractValidator<ListSkusQuery>
{
    public ListSkusQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithMessage("Page size must be between 1 and 500");
        RuleFor(q => q.Search).MaximumLength(100);
    }
}

public sealed class ListSkusQueryHandler(IWmsDbContext db) : IQueryHandler<ListSkusQuery, Result<PagedList<SkuDto>>>
{
    public async ValueTask<Result<PagedList<SkuDto>>> Handle(ListSkusQuery query, CancellationToken cancellationToken)
    {
        var skus = db.Skus.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + query.Search.Trim().ToLowerInvariant()
                .Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            skus = skus.Where(s => EF.Functions.Like(s.Code.ToLower(), pattern, "\\") || EF.Functions.Like(s.Name.ToLower(), pattern, "\\"));
        }

        var total = await skus.CountAsync(cancellationToken);
        var items = await skus.OrderBy(s => s.Code)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<SkuDto>(items.Select(SkuDto.From).ToList(), total, query.Page, query.PageSize);
    }
}
