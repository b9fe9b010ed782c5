using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.ListUsers;

public sealed record ListUsersQuery : IWmsQuery<IReadOnlyList<UserDto>>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class ListUsersQueryHandler(IWmsDbContext db) : IQueryHandler<ListUsersQuery, Result<IReadOnlyList<UserDto>>>
{
    public async ValueTask<Result<IReadOnlyList<UserDto>>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Username).ToListAsync(cancellationToken);
        return users.Select(UserDto.From).ToList();
    }
}
