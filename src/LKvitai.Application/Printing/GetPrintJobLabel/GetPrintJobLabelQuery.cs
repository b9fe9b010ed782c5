using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.GetPrintJobLabel;

/// <summary>The job's ZPL as it was sent (or is to be sent) to the printer.</summary>
public sealed record GetPrintJobLabelQuery(Guid Id) : IWmsQuery<PrintJobLabelDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetPrintJobLabelQueryHandler(IWmsDbContext db) : IQueryHandler<GetPrintJobLabelQuery, Result<PrintJobLabelDto>>
{
    public async ValueTask<Result<PrintJobLabelDto>> Handle(GetPrintJobLabelQuery query, CancellationToken cancellationToken)
    {
        var label = await db.PrintJobs.AsNoTracking().Where(j => j.Id == query.Id)
            .Select(j => new PrintJobLabelDto(j.Id, j.Sscc, j.Zpl)).FirstOrDefaultAsync(cancellationToken);
        return label is null ? PrintingErrors.PrintJobNotFound : label;
    }
}
