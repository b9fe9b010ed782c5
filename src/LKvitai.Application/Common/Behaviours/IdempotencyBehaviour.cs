using System.Security.Cryptography;
using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>What the transaction behaviour must store with the change: the command's id and payload hash.</summary>
public sealed class IdempotencyScope
{
    public PendingIdempotencyRecord? Pending { get; set; }
}

public sealed record PendingIdempotencyRecord(Guid CommandId, string CommandType, string PayloadHash);

/// <summary>
/// A repeated command id returns the stored first result and changes nothing; the same id with another payload is a
/// conflict. The record is written in the same transaction as the change (see <see cref="TransactionBehaviour{TMessage,TResponse}"/>),
/// so a crash can never leave a change without its record or a record without its change, and its primary key lets
/// only one of several concurrent deliveries commit; the others answer with the winner's result.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IWmsDbContext db, IdempotencyScope scope)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ICommandWithId
    where TResponse : IResult<TResponse>
{
    private static readonly string CommandType = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var payloadHash = PayloadHash(message);

        // Ledger commands skip the look-up on the hot path: the ledger inserts the record in its transaction, so a repeat
        // fails on the record's key (or on a rule, once the first run changed the stock) and is answered below.
        if (message is not ILedgerCommand && await FindAsync(message.CommandId, cancellationToken) is { } stored)
        {
            return Replay(stored, payloadHash);
        }

        scope.Pending = new PendingIdempotencyRecord(message.CommandId, CommandType, payloadHash);
        try
        {
            var response = await next(message, cancellationToken);
            if (!response.IsSuccess && await FindAsync(message.CommandId, cancellationToken) is { } committed)
            {
                // A concurrent delivery of this command committed first and made this one fail (e.g. "already exists").
                return Replay(committed, payloadHash);
            }

            return response;
        }
        catch (Exception exception) when (exception is DbUpdateException or DuplicateCommandException)
        {
            // Two deliveries of one command raced: the loser's transaction was rolled back; answer as the winner did.
            var winner = await FindAsync(message.CommandId, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return Replay(winner.Value, payloadHash);
        }
    }

    private async Task<(string CommandType, string PayloadHash, string ResultJson)?> FindAsync(
        Guid commandId, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.CommandId == commandId)
            .Select(r => new { r.CommandType, r.PayloadHash, r.ResultJson })
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : (record.CommandType, record.PayloadHash, record.ResultJson);
    }

    private static TResponse Replay((string CommandType, string PayloadHash, string ResultJson) stored, string payloadHash)
    {
        if (stored.CommandType != CommandType || stored.PayloadHash != payloadHash)
        {
            return TResponse.Failure(Error.Conflict(
                "idempotency.payload_mismatch",
                "This command id was already used for a different request",
                "Send a new command id for a new request; repeat a request only with exactly the same body."));
        }

        var value = JsonSerializer.Deserialize(stored.ResultJson, TResponse.ValueType, SerializerOptions);
        return TResponse.FromBoxedValue(value, replayed: true);
    }

    internal static string PayloadHash(TMessage message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), SerializerOptions);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    internal static JsonSerializerOptions SerializerOptions => IdempotencyBehaviourJson.Options;
}

/// <summary>How stored first results are written and read (web defaults: camelCase), for every writer of records.</summary>
public static class IdempotencyBehaviourJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
