using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.ResolveReceiptAlert;

/// <summary>A manager resolves a stuck or failed receipt: <c>resume</c> finishes its steps, <c>reverse</c> returns its goods to SUPPLIER.</summary>
public sealed record ResolveReceiptAlertCommand(Guid CommandId, Guid ReceiptId, string Action) : IWmsCommand<ReceiptDto>, ICommitsItself
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class ResolveReceiptAlertCommandValidator : AbstractValidator<ResolveReceiptAlertCommand>
{
    public ResolveReceiptAlertCommandValidator() =>
        RuleFor(c => c.Action).Must(a => a is "resume" or "reverse").WithMessage("Action must be resume or reverse");
}

public sealed class ResolveReceiptAlertCommandHandler(ISagaStore sagas, ReceiptSaga saga, ICurrentUser currentUser)
    : ICommandHandler<ResolveReceiptAlertCommand, Result<ReceiptDto>>
{
    public async ValueTask<Result<ReceiptDto>> Handle(ResolveReceiptAlertCommand command, CancellationToken cancellationToken)
    {
        if (await sagas.GetAsync(command.ReceiptId, cancellationToken) is not { Type: ReceiptSaga.Type } state)
        {
            return ReceivingErrors.NotFound(command.ReceiptId);
        }

        if (state.Status is SagaStatuses.Completed or SagaStatuses.Compensated)
        {
            return Error.Conflict("receipt.already_finished", "Receipt already finished", $"Receipt {state.Id} is {state.Status}.");
        }

        if (command.Action == "resume" && state.Status == SagaStatuses.Failed)
        {
            return Error.BusinessRule("receipt.cannot_resume", "A failed receipt can only be reversed", state.ErrorDetail);
        }

        var after = await saga.RunAsync(state.Id, reverse: command.Action == "reverse", cancellationToken);
        if (after.Status is SagaStatuses.Running or SagaStatuses.Compensating)
        {
            // Another process holds the receipt right now; the alert stays until it is really finished.
            return Error.Conflict("receipt.in_progress", "Receipt is being processed", "Another process is working on this receipt; look again in a minute.");
        }

        if (after.Status == SagaStatuses.Failed)
        {
            return new Error(after.ErrorCode ?? "receipt.failed", after.ErrorDetail ?? "Receipt could not be reversed", ErrorKind.BusinessRule,
                "The alert stays open; fix the cause (see the unit's history) and try again.");
        }

        await sagas.ResolveAsync(state.Id, command.Action, currentUser.Name!, cancellationToken);
        return ReceiptDto.From(after) with { Resolution = command.Action, ResolvedBy = currentUser.Name };
    }
}
