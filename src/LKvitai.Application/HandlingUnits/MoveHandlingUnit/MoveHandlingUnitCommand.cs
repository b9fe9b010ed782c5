using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.MoveHandlingUnit;

/// <summary>
/// Put-away or transfer: the whole handling unit to another bin — one movement per line, all or nothing, and the unit's
/// location with them; the destination must exist and have room. Runs as the transfer saga (its id is the command id).
/// </summary>
public sealed record MoveHandlingUnitCommand(Guid CommandId, string Lpn, string ToLocation) : IWmsCommand<HandlingUnitOperationDto>, ICommitsItself
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class MoveHandlingUnitCommandValidator : AbstractValidator<MoveHandlingUnitCommand>
{
    public MoveHandlingUnitCommandValidator()
    {
        RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
        RuleFor(c => c.ToLocation).NotEmpty().WithMessage("Scan the destination bin").MaximumLength(40);
    }
}

public sealed class MoveHandlingUnitCommandHandler(
    IHandlingUnitReader reader, ISagaStore sagas, TransferSaga saga, ICurrentUser currentUser, ICorrelationContext correlation)
    : ICommandHandler<MoveHandlingUnitCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(MoveHandlingUnitCommand command, CancellationToken cancellationToken)
    {
        var lpn = Sscc.AsLpn(command.Lpn);
        if (await reader.FindAsync(lpn, cancellationToken) is not { } unit)
        {
            return HandlingUnitErrors.NotFound(command.Lpn);
        }

        await sagas.StartAsync(command.CommandId, TransferSaga.Type,
            new TransferData(unit.Id, unit.Lpn, command.ToLocation.Trim().ToUpperInvariant(), currentUser.Name!, correlation.CorrelationId),
            currentUser.Name!, cancellationToken);
        var state = await saga.RunAsync(command.CommandId, cancellationToken);
        if (state.Status != SagaStatuses.Completed)
        {
            return state.Status is SagaStatuses.Compensated or SagaStatuses.Failed
                ? new Error(state.ErrorCode ?? "hu.transfer_failed", state.ErrorDetail ?? "Transfer failed", ErrorKind.BusinessRule,
                    $"Handling unit {unit.Lpn} stays in {unit.Location}.")
                : Error.Conflict("hu.transfer_running", "Transfer still running", "Another process is finishing this transfer; ask again shortly.");
        }

        return saga.Outcome is { } outcome
            ? HandlingUnitOperationDto.From(outcome, SagaRunner.StepId(command.CommandId, "MoveHandlingUnit"), currentUser.Name!)
            : new HandlingUnitOperationDto([(await reader.FindAsync(lpn, cancellationToken))!], []);
    }
}
