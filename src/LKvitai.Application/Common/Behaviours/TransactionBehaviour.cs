using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Persistence;
using LKvitai.Domain.Common;
using Mediator;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>
/// Last before the handler: one transaction per command. A business failure rolls everything back; success saves the
/// handler's changes and the idempotency record together. Handlers never commit.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(
    IUnitOfWork unitOfWork, IWmsDbContext db, IdempotencyScope scope, ICurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ICommandWithId
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is ILedgerCommand)
        {
            return await next(message, cancellationToken);
        }

        // A self-committing handler runs without a held connection; its idempotency record is saved on its own after it.
        var commitsItself = message is ICommitsItself;
        if (!commitsItself)
        {
            await unitOfWork.BeginAsync(cancellationToken);
        }

        try
        {
            var response = await next(message, cancellationToken);
            if (!response.IsSuccess)
            {
                await unitOfWork.RollbackAsync(cancellationToken);
                return response;
            }

            if (scope.Pending is { } pending)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    CommandId = pending.CommandId,
                    CommandType = pending.CommandType,
                    PayloadHash = pending.PayloadHash,
                    ResultJson = JsonSerializer.Serialize(
                        response.BoxedValue is IRedactedWhenStored secret ? secret.RedactedForStorage() : response.BoxedValue,
                        TResponse.ValueType, IdempotencyBehaviour<TMessage, TResponse>.SerializerOptions),
                    CreatedAt = clock.GetUtcNow(),
                    CreatedBy = currentUser.Name,
                });
            }

            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
