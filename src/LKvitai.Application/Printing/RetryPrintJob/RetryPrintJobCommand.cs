using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Printing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.RetryPrintJob;

/// <summary>
/// Sends a job from the manual queue (or one waiting for its next retry) to its printer again, now. One more attempt:
/// if it fails too, the job goes back to the manual queue.
/// </summary>
public sealed record RetryPrintJobCommand(Guid CommandId, Guid PrintJobId) : IWmsCommand<PrintJobDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class RetryPrintJobCommandHandler(IWmsDbContext db, TimeProvider clock)
    : ICommandHandler<RetryPrintJobCommand, Result<PrintJobDto>>
{
    public async ValueTask<Result<PrintJobDto>> Handle(RetryPrintJobCommand command, CancellationToken cancellationToken)
    {
        var job = await db.PrintJobs.FirstOrDefaultAsync(j => j.Id == command.PrintJobId, cancellationToken);
        if (job is null)
        {
            return PrintingErrors.PrintJobNotFound;
        }

        if (!job.CanBeRetried)
        {
            return PrintingErrors.PrintJobAlreadyPrinted;
        }

        job.State = PrintJobStates.Queued;
        job.NextAttemptAt = clock.GetUtcNow();
        return job.ToDto();
    }
}
