using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.GetPrintJob;

public sealed record GetPrintJobQuery(Guid Id) : IWmsQuery<PrintJobDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetPrintJobQueryHandler(IWmsDbContext db) : IQueryHandler<GetPrintJobQuery, Result<PrintJobDto>>
{
    public async ValueTask<Result<PrintJobDto>> Handle(GetPrintJobQuery query, CancellationToken cancellationToken)
    {
        var job = await db.PrintJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == query.Id, cancellationToken);
        return job is null ? PrintingErrors.PrintJobNotFound : job.ToDto();
    }
}
