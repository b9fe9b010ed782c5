using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.ListApiKeys;

public sealed record ListApiKeysQuery : IWmsQuery<IReadOnlyList<ApiKeyDto>>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class ListApiKeysQueryHandler(IWmsDbContext db) : IQueryHandler<ListApiKeysQuery, Result<IReadOnlyList<ApiKeyDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ApiKeyDto>>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return keys.Select(ApiKeyDto.From).ToList();
    }
}
