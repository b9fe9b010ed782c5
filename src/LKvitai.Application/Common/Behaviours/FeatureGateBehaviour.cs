using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using Mediator;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>Refuses a message whose feature flag is off for the caller.</summary>
public sealed class FeatureGateBehaviour<TMessage, TResponse>(ICurrentUser currentUser, IFeatureFlagEvaluator flags)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IFeatureGated
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var flag = TMessage.FeatureFlag;
        if (currentUser.Name is { } subject && await flags.IsOnForAsync(flag, subject, cancellationToken))
        {
            return await next(message, cancellationToken);
        }

        return TResponse.Failure(new Error(
            "feature.disabled",
            "This feature is disabled",
            ErrorKind.FeatureDisabled,
            $"The feature '{flag}' is not enabled for you. An administrator can enable it under Feature flags."));
    }
}
