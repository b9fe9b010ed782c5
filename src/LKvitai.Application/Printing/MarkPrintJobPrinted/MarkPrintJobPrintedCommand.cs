using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Printing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.MarkPrintJobPrinted;

/// <summary>The label was printed by hand (from the manual queue): the job is done and is not sent again.</summary>
public sealed record MarkPrintJobPrintedCommand(Guid CommandId, Guid PrintJobId) : IWmsCommand<PrintJobDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class MarkPrintJobPrintedCommandHandler(IWmsDbContext db, TimeProvider clock)
    : ICommandHandler<MarkPrintJobPrintedCommand, Result<PrintJobDto>>
{
    public async ValueTask<Result<PrintJobDto>> Handle(MarkPrintJobPrintedCommand command, CancellationToken cancellationToken)
    {
        var job = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == command.PrintJobId, cancellationToken);
        if (job is null)
        {
            return PrintingErrors.PrintJobNotFound;
        }

        if (job.State == PrintJobStates.Printed)
        {
            return PrintingErrors.PrintJobAlreadyPrinted;
        }

        // A dispatcher sending this job right now holds its row; the version check then refuses this change (409).
        job.State = PrintJobStates.Printed;
        job.NextAttemptAt = null;
        job.PrintedAt = clock.GetUtcNow();
        return job.ToDto();
    }
}
