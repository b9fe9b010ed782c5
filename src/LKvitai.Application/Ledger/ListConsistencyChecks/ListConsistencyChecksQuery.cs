using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.ListConsistencyChecks;

public sealed record ListConsistencyChecksQuery : IWmsQuery<IReadOnlyList<ConsistencyCheckDto>>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Accountant, Roles.Administrator);
}

public sealed class ListConsistencyChecksQueryHandler(IConsistencyChecker checker)
    : IQueryHandler<ListConsistencyChecksQuery, Result<IReadOnlyList<ConsistencyCheckDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ConsistencyCheckDto>>> Handle(ListConsistencyChecksQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ConsistencyCheckDto>>.Success(await checker.RecentAsync(30, cancellationToken));
}
