using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.ListReceipts;

/// <summary>Receipts, newest first, by status (running, completed, compensated, failed).</summary>
public sealed record ListReceiptsQuery(string? Status, int Page = 1, int PageSize = 50) : IWmsQuery<PagedList<ReceiptDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListReceiptsQueryValidator : AbstractValidator<ListReceiptsQuery>
{
    public ListReceiptsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200).WithMessage("Page size must be between 1 and 200");
        RuleFor(q => q.Status).Must(s => s is null or SagaStatuses.Running or SagaStatuses.Compensating or SagaStatuses.Completed
                or SagaStatuses.Compensated or SagaStatuses.Failed)
            .WithMessage("Status must be one of: running, compensating, completed, compensated, failed");
    }
}

public sealed class ListReceiptsQueryHandler(ISagaStore sagas) : IQueryHandler<ListReceiptsQuery, Result<PagedList<ReceiptDto>>>
{
    public async ValueTask<Result<PagedList<ReceiptDto>>> Handle(ListReceiptsQuery query, CancellationToken cancellationToken)
    {
        var (items, total) = await sagas.ListAsync(ReceiptSaga.Type, query.Status, query.Page, query.PageSize, cancellationToken);
        return new PagedList<ReceiptDto>(items.Select(s => ReceiptDto.From(s)).ToList(), total, query.Page, query.PageSize);
    }
}
