using FluentValidation;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using Mediator;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>
/// Runs the message's FluentValidation validators — and, for every command, the one rule they all share: it carries a
/// command id (idempotency depends on it). Field errors come back as one 400 with every field.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult<TResponse>
{
    private readonly IValidator<TMessage>[] validators = validators.ToArray();

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var missingCommandId = message is ICommandWithId { CommandId: var commandId } && commandId == Guid.Empty;
        if (validators.Length == 0 && !missingCommandId)
        {
            return await next(message, cancellationToken);
        }

        var context = new ValidationContext<TMessage>(message);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (missingCommandId)
        {
            failures.Add(new FluentValidation.Results.ValidationFailure(nameof(ICommandWithId.CommandId), "A command id is required"));
        }

        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        var fieldErrors = failures
            .GroupBy(f => FieldName(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        return TResponse.Failure(Error.Validation(fieldErrors));
    }

    /// <summary>Field names as the JSON body spells them (camelCase, dotted paths kept).</summary>
    internal static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
