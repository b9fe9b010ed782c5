using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Common.Messaging;

/// <summary>Every message states who may send it; there is no default.</summary>
public interface IHasAccess
{
    static abstract Access Access { get; }
}

/// <summary>
/// A change to the warehouse. It carries a command id: repeating it returns the first result and changes nothing.
/// </summary>
public interface IWmsCommand<TValue> : ICommand<Result<TValue>>, IHasAccess, ICommandWithId;

/// <summary>A question; never changes state.</summary>
public interface IWmsQuery<TValue> : IQuery<Result<TValue>>, IHasAccess;

/// <summary>A message that is refused while its feature flag is off for the caller.</summary>
public interface IFeatureGated
{
    static abstract string FeatureFlag { get; }
}

/// <summary>Non-generic view of a command, for behaviours that only need its id.</summary>
public interface ICommandWithId
{
    Guid CommandId { get; }
}

/// <summary>A result holding a secret that must not be kept in the idempotency store.</summary>
public interface IRedactedWhenStored
{
    object RedactedForStorage();
}

/// <summary>
/// A command whose handler appends to the movement ledger: the ledger commits the change and the idempotency record in
/// its own transaction (as the ledger database role), so the pipeline's transaction stays out of the way.
/// </summary>
public interface ILedgerCommand;

/// <summary>
/// A command whose handler commits its own steps (a saga, an event stream with optimistic versions, HARD locks through
/// the ledger) and is safe to run again with the same command id. The pipeline holds no transaction around it — a
/// connection held while the handler waits for others would starve the pool under load — and stores the idempotency
/// record in a short transaction of its own once the handler succeeded.
/// </summary>
public interface ICommitsItself;

