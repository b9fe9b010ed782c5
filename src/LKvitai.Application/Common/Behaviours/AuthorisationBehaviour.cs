using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using Mediator;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>Refuses a message the caller's roles do not allow (401 when nobody is signed in, else 403).</summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IHasAccess
    where TResponse : IResult<TResponse>
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var access = TMessage.Access;
        if (access.Permits(currentUser.IsAuthenticated, currentUser.Roles))
        {
            return next(message, cancellationToken);
        }

        return ValueTask.FromResult(TResponse.Failure(currentUser.IsAuthenticated
            ? new Error("auth.forbidden", "You do not have permission to do this", ErrorKind.Forbidden,
                $"Requires one of the roles: {string.Join(", ", access.Roles)}")
            : new Error("auth.unauthenticated", "Sign in to continue", ErrorKind.Unauthenticated)));
    }
}
