using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.RevokeApiKey;

public sealed record RevokeApiKeyCommand(Guid CommandId, Guid ApiKeyId) : IWmsCommand<ApiKeyDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class RevokeApiKeyCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RevokeApiKeyCommand, Result<ApiKeyDto>>
{
    public async ValueTask<Result<ApiKeyDto>> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == command.ApiKeyId, cancellationToken);
        if (key is null)
        {
            return IdentityErrors.ApiKeyNotFound;
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            key.RevokedBy = currentUser.Name;
        }

        return ApiKeyDto.From(key);
    }
}
