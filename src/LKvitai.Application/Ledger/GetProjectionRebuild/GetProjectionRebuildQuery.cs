using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.GetProjectionRebuild;

public sealed record GetProjectionRebuildQuery(long Id) : IWmsQuery<ProjectionRebuildDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class GetProjectionRebuildQueryHandler(IProjections projections)
    : IQueryHandler<GetProjectionRebuildQuery, Result<ProjectionRebuildDto>>
{
    public async ValueTask<Result<ProjectionRebuildDto>> Handle(GetProjectionRebuildQuery query, CancellationToken cancellationToken) =>
        await projections.GetRebuildAsync(query.Id, cancellationToken) is { } rebuild
            ? rebuild
            : Error.NotFound("projections.rebuild_not_found", "Rebuild not found");
}
