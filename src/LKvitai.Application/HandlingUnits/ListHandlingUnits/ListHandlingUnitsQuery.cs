using FluentValidation;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.HandlingUnits.ListHandlingUnits;

/// <summary>Handling units by bin, by item they hold, by status; paged.</summary>
public sealed record ListHandlingUnitsQuery(string? Location, string? Sku, string? Status, int Page = 1, int PageSize = 50) : IWmsQuery<PagedList<HandlingUnitDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListHandlingUnitsQueryValidator : AbstractValidator<ListHandlingUnitsQuery>
{
    public ListHandlingUnitsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithMessage("Page size must be between 1 and 500");
        RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<HandlingUnitStatus>(s, ignoreCase: true, out _))
            .WithMessage("Status must be one of: OPEN, SEALED, PICKED, EMPTY");
    }
}

public sealed class ListHandlingUnitsQueryHandler(IHandlingUnitReader reader) : IQueryHandler<ListHandlingUnitsQuery, Result<PagedList<HandlingUnitDto>>>
{
    public async ValueTask<Result<PagedList<HandlingUnitDto>>> Handle(ListHandlingUnitsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(
            Normalised(query.Location), Normalised(query.Sku), Normalised(query.Status), query.Page, query.PageSize, cancellationToken);

    private static string? Normalised(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}
