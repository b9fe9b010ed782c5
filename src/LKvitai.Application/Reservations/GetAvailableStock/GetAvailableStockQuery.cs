using FluentValidation;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Reservations.GetAvailableStock;

/// <summary>Available stock per bin, item and unit: physical, HARD-locked, SOFT-allocated, available (= physical − HARD).</summary>
public sealed record GetAvailableStockQuery(string? Sku, string? Location) : IWmsQuery<IReadOnlyList<AvailableStockDto>>, IFeatureGated
{
    public static Access Access => Access.AnyAuthenticated;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed record AvailableStockDto(string Location, string Sku, string? Lpn, decimal Physical, decimal HardLocked, decimal SoftAllocated, decimal Available);

public sealed class GetAvailableStockQueryValidator : AbstractValidator<GetAvailableStockQuery>
{
    public GetAvailableStockQueryValidator() =>
        RuleFor(q => q).Must(q => !string.IsNullOrWhiteSpace(q.Sku) || !string.IsNullOrWhiteSpace(q.Location))
            .WithName("sku").WithMessage("Give an item, a bin, or both");
}

public sealed class GetAvailableStockQueryHandler(IAvailableStock stock) : IQueryHandler<GetAvailableStockQuery, Result<IReadOnlyList<AvailableStockDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AvailableStockDto>>> Handle(GetAvailableStockQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<AvailableStockDto>>.Success(await stock.GetAsync(
            string.IsNullOrWhiteSpace(query.Sku) ? null : query.Sku.Trim().ToUpperInvariant(),
            string.IsNullOrWhiteSpace(query.Location) ? null : query.Location.Trim().ToUpperInvariant(), cancellationToken));
}

/// <summary>Read from the balance rows and the locks themselves, so it is never behind.</summary>
public interface IAvailableStock
{
    Task<IReadOnlyList<AvailableStockDto>> GetAsync(string? sku, string? location, CancellationToken cancellationToken);
}
