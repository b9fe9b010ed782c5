using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.RebuildProjection;

/// <summary>Queues a background rebuild of a projection from the ledger, verified against the live copy.</summary>
public sealed record RebuildProjectionCommand(Guid CommandId, string Name) : IWmsCommand<ProjectionRebuildDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class RebuildProjectionCommandHandler(IProjections projections, ICurrentUser currentUser)
    : ICommandHandler<RebuildProjectionCommand, Result<ProjectionRebuildDto>>
{
    public async ValueTask<Result<ProjectionRebuildDto>> Handle(RebuildProjectionCommand command, CancellationToken cancellationToken)
    {
        if (!projections.Exists(command.Name))
        {
            return Error.NotFound("projections.not_found", "Projection not found", $"There is no projection '{command.Name}'.");
        }

        var id = await projections.RequestRebuildAsync(command.Name, currentUser.Name!, cancellationToken);
        return (await projections.GetRebuildAsync(id, cancellationToken))!;
    }
}
