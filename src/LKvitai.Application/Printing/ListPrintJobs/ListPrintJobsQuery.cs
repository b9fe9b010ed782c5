using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Printing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.ListPrintJobs;

/// <summary>Print jobs, newest first; <c>State = manual</c> is the manual print queue.</summary>
public sealed record ListPrintJobsQuery(string? State = null, Guid? HandlingUnitId = null, int Page = 1, int PageSize = 100)
    : IWmsQuery<PagedList<PrintJobDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListPrintJobsQueryValidator : AbstractValidator<ListPrintJobsQuery>
{
    public ListPrintJobsQueryValidator()
    {
        RuleFor(q => q.State).Must(s => s is null || PrintJobStates.IsKnown(s.Trim().ToLowerInvariant()))
            .WithMessage("The state is one of queued, printed, manual");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000).WithMessage("Page size must be between 1 and 1000");
    }
}

public sealed class ListPrintJobsQueryHandler(IWmsDbContext db) : IQueryHandler<ListPrintJobsQuery, Result<PagedList<PrintJobDto>>>
{
    public async ValueTask<Result<PagedList<PrintJobDto>>> Handle(ListPrintJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.PrintJobs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            var state = query.State.Trim().ToLowerInvariant();
            jobs = jobs.Where(j => j.State == state);
        }

        if (query.HandlingUnitId is { } handlingUnitId)
        {
            jobs = jobs.Where(j => j.HandlingUnitId == handlingUnitId);
        }

        var total = await jobs.CountAsync(cancellationToken);
        var page = await jobs.OrderByDescending(j => j.CreatedAt).ThenBy(j => j.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<PrintJobDto>(page.Select(j => j.ToDto()).ToList(), total, query.Page, query.PageSize);
    }
}
