using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.GetCurrentUser;

public sealed record GetCurrentUserQuery : IWmsQuery<CurrentUserDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetCurrentUserQueryHandler(IWmsDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCurrentUserQuery, Result<CurrentUserDto>>
{
    public async ValueTask<Result<CurrentUserDto>> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var id = currentUser.Id!.Value;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is not null
            ? new CurrentUserDto(user.Id, user.Username, user.DisplayName, user.Roles)
            // An API key: its name and roles are the identity.
            : new CurrentUserDto(id, currentUser.Name!, currentUser.Name!, currentUser.Roles);
    }
}
