using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using Microsoft.Extensions.Options;

namespace LKvitai.Application.Common.Sagas;

public sealed class SagaOptions
{
    public const string Section = "Sagas";

    /// <summary>How long a runner owns a saga; a crashed runner's saga is resumed by another after this.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>A saga still running after this long raises an alert (SPEC S1: 5 minutes).</summary>
    public int StuckAfterSeconds { get; set; } = 300;
}

/// <summary>A process as steps: each its own transaction, idempotent when run again, and one compensation that undoes them.</summary>
public interface ISagaDefinition<TData>
{
    string Type { get; }

    IReadOnlyList<string> Steps { get; }

    /// <summary>The name the compensation is recorded under.</summary>
    string Compensation { get; }

    Task<Result<bool>> ForwardAsync(Guid id, string step, TData data, CancellationToken cancellationToken);

    /// <summary>Undoes whatever forward steps took effect, newest first; must be safe to run again.</summary>
    Task<Result<bool>> CompensateAsync(Guid id, TData data, CancellationToken cancellationToken);
}

/// <summary>A saga the background resumer can pick up after its runner died.</summary>
public interface IResumableSaga
{
    string Type { get; }

    Task<SagaState> ResumeAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>
/// Runs persisted sagas: claims a lease, runs the forward steps from the saved position and records each when done
/// (saga_steps' key refuses a repeat), compensates when a step is refused by a business rule, and releases the lease.
/// An exception (a crash) leaves the lease to run out, so another run resumes where the saved state says.
/// </summary>
public sealed class SagaRunner(
    ISagaStore store, IdempotencyScope idempotency, ISagaFaultInjector faults, IOptions<SagaOptions> options, IHandlingUnitLedger ledger)
{
    private static readonly string Process = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>A stable id for something a saga does or makes (the same after a crash): the first 16 bytes of a SHA-256.</summary>
    public static Guid StepId(Guid saga, string purpose) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{saga:N}/{purpose}")).AsSpan(0, 16));

    public async Task<SagaState> RunAsync<TData>(ISagaDefinition<TData> saga, Guid id, bool reverse, CancellationToken cancellationToken)
    {
        // Each run holds its own lease: a second run (this process or another) waits until this one ends or dies.
        var runner = $"{Process}:{Guid.NewGuid():N}";
        if (!await store.ClaimAsync(id, runner, TimeSpan.FromSeconds(options.Value.LeaseSeconds), cancellationToken))
        {
            return (await store.GetAsync(id, cancellationToken))!;
        }

        var state = (await store.GetAsync(id, cancellationToken))!;
        var data = state.Data.Deserialize<TData>(IdempotencyBehaviourJson.Options)!;
        var outer = idempotency.Pending;
        try
        {
            if (reverse && state.Status is SagaStatuses.Running or SagaStatuses.Failed)
            {
                await store.SetStatusAsync(id, SagaStatuses.Compensating, $"{saga.Type}.reversed", "Reversed by a manager", cancellationToken);
                state = (await store.GetAsync(id, cancellationToken))!;
            }

            for (var step = state.NextStep; state.Status == SagaStatuses.Running && step < saga.Steps.Count; step++)
            {
                var done = await saga.ForwardAsync(id, saga.Steps[step], data, cancellationToken);
                if (!done.IsSuccess)
                {
                    await store.SetStatusAsync(id, SagaStatuses.Compensating, done.Error.Code, done.Error.Title, cancellationToken);
                    state = (await store.GetAsync(id, cancellationToken))!;
                    break;
                }

                faults.AfterStep(id, saga.Steps[step]);
                var last = step + 1 == saga.Steps.Count;
                await store.CompleteStepAsync(id, step, "forward", saga.Steps[step], step + 1, last ? SagaStatuses.Completed : SagaStatuses.Running, cancellationToken);
            }

            if (state.Status == SagaStatuses.Compensating)
            {
                var undone = await saga.CompensateAsync(id, data, cancellationToken);
                faults.AfterStep(id, saga.Compensation);
                if (undone.IsSuccess)
                {
                    await store.CompleteStepAsync(id, 0, "compensate", saga.Compensation, 0, SagaStatuses.Compensated, cancellationToken);
                }
                else
                {
                    await store.SetStatusAsync(id, SagaStatuses.Failed, undone.Error.Code, undone.Error.Title, cancellationToken);
                }
            }
        }
        finally
        {
            idempotency.Pending = outer;
        }

        await store.ReleaseAsync(id, runner, cancellationToken);
        return (await store.GetAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// A step that changes handling units through the ledger, under a command id derived from the saga's: if it
    /// committed before a crash, the ledger recognises the id and nothing is applied twice.
    /// </summary>
    public async Task<Result<bool>> LedgerStepAsync(
        Guid id, string sagaType, string step, string @operator, string? correlationId, Guid[] units,
        Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan, CancellationToken cancellationToken) =>
        await LedgerStepAsync(id, sagaType, step, @operator, correlationId, units, plan, _ => { }, cancellationToken);

    /// <inheritdoc cref="LedgerStepAsync(Guid, string, string, string, string?, Guid[], Func{IReadOnlyDictionary{Guid, HandlingUnit}, Result{HandlingUnitPlan}}, CancellationToken)"/>
    public async Task<Result<bool>> LedgerStepAsync(
        Guid id, string sagaType, string step, string @operator, string? correlationId, Guid[] units,
        Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan, Action<HandlingUnitOutcome> done, CancellationToken cancellationToken)
    {
        var commandId = StepId(id, step);
        idempotency.Pending = new PendingIdempotencyRecord(commandId, $"{sagaType}.{step}", id.ToString("N"));
        try
        {
            var result = await ledger.ExecuteAsync(
                new HandlingUnitRequest(commandId, @operator, correlationId, units), plan, outcome => new { step, units = outcome.Units.Count },
                cancellationToken);
            if (!result.IsSuccess)
            {
                return result.Error;
            }

            done(result.Value!);
            return true;
        }
        catch (DuplicateCommandException)
        {
            return true;
        }
    }
}
