using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.RunConsistencyCheck;

/// <summary>Runs the ledger consistency check now (it also runs daily) and stores its result.</summary>
public sealed record RunConsistencyCheckCommand(Guid CommandId) : IWmsCommand<ConsistencyCheckDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class RunConsistencyCheckCommandHandler(IConsistencyChecker checker, ICurrentUser currentUser)
    : ICommandHandler<RunConsistencyCheckCommand, Result<ConsistencyCheckDto>>
{
    public async ValueTask<Result<ConsistencyCheckDto>> Handle(RunConsistencyCheckCommand command, CancellationToken cancellationToken) =>
        await checker.RunAsync($"on demand by {currentUser.Name}", cancellationToken);
}
