using FluentValidation;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.ListReservations;

/// <summary>Reservations by status and at least a priority, highest priority first.</summary>
public sealed record ListReservationsQuery(string? Status, int Page = 1, int PageSize = 50, int? MinPriority = null) : IWmsQuery<PagedList<ReservationDto>>, IFeatureGated
{
    public static Access Access => Access.AnyAuthenticated;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class ListReservationsQueryValidator : AbstractValidator<ListReservationsQuery>
{
    public ListReservationsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<ReservationStatus>(s, true, out _))
            .WithMessage("Status must be one of: PENDING, ALLOCATED, PICKING, CONSUMED, CANCELLED, BUMPED");
        RuleFor(q => q.MinPriority).InclusiveBetween(1, 10).When(q => q.MinPriority is not null).WithMessage("Priority is 1 (lowest) to 10 (highest)");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200).WithMessage("Page size must be between 1 and 200");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
    }
}

public sealed class ListReservationsQueryHandler(IReservationStore store) : IQueryHandler<ListReservationsQuery, Result<PagedList<ReservationDto>>>
{
    public async ValueTask<Result<PagedList<ReservationDto>>> Handle(ListReservationsQuery query, CancellationToken cancellationToken) =>
        await store.ListAsync(query.Status?.Trim().ToUpperInvariant(), query.MinPriority, query.Page, query.PageSize, cancellationToken);
}
