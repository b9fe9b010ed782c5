using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.ListProjections;

/// <summary>Every read model behind the ledger with its lag; the SPA shows "Refreshing…" when a lag passes 5 s.</summary>
public sealed record ListProjectionsQuery : IWmsQuery<IReadOnlyList<ProjectionStatusDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListProjectionsQueryHandler(IProjections projections)
    : IQueryHandler<ListProjectionsQuery, Result<IReadOnlyList<ProjectionStatusDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ProjectionStatusDto>>> Handle(ListProjectionsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ProjectionStatusDto>>.Success(await projections.StatusAsync(cancellationToken));
}
