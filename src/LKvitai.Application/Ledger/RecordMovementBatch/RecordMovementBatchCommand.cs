using LKvitai.Application.Common.Models;
using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.RecordMovementBatch;

/// <summary>Many movements, all or nothing, in the order given (a later line may move what an earlier one brought).</summary>
public sealed record RecordMovementBatchCommand(Guid CommandId, IReadOnlyList<MovementInput> Movements)
    : IWmsCommand<MovementBatchDto>, ILedgerCommand
{
    public const int MaximumMovements = 5_000;

    public static Access Access => Access.ForRoles(Roles.Operator, Roles.Manager, Roles.Administrator, Roles.Integration);
}

public sealed class RecordMovementBatchCommandValidator : AbstractValidator<RecordMovementBatchCommand>
{
    public RecordMovementBatchCommandValidator()
    {
        RuleFor(c => c.Movements).NotEmpty().WithMessage("Send at least one movement")
            .Must(m => m is null || m.Count <= RecordMovementBatchCommand.MaximumMovements)
            .WithMessage($"Send at most {RecordMovementBatchCommand.MaximumMovements} movements in one batch");
        RuleForEach(c => c.Movements).SetValidator(new MovementFieldsValidator<MovementInput>());
    }
}

public sealed class RecordMovementBatchCommandHandler(IStockLedger ledger, ICurrentUser currentUser, ICorrelationContext correlation)
    : ICommandHandler<RecordMovementBatchCommand, Result<MovementBatchDto>>
{
    public async ValueTask<Result<MovementBatchDto>> Handle(RecordMovementBatchCommand command, CancellationToken cancellationToken)
    {
        var append = new LedgerAppend(command.CommandId, currentUser.Name!, correlation.CorrelationId,
            command.Movements.Select(MovementFields.ToLedger).ToList());
        MovementBatchDto ToDto(IReadOnlyList<RecordedMovement> recorded) =>
            new(recorded.Select(r => MovementDto.From(r, command.CommandId, append.Operator)).ToList());

        var result = await ledger.AppendAsync(append, ToDto, cancellationToken);
        return result.IsSuccess ? ToDto(result.Value!) : result.Error;
    }
}
