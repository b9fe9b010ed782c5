using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.ResolveReceiptAlert;

/// <summary>A manager resolves a stuck or failed receipt: <c>resume</c> finishes its steps, <c>reverse</c> returns its goods to SUPPLIER.</summary>
public sealed record ResolveReceiptAlertCommand(Guid CommandId, Guid ReceiptId, string Action) : IWmsCommand<ReceiptDto>
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
        await sagas.ResolveAsync(state.Id, command.Action, currentUser.Name!, cancellationToken);
        return ReceiptDto.From(after) with { Resolution = command.Action, ResolvedBy = currentUser.Name };
    }
}
