using LKvitai.Application.Common.Models;
using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Ledger.RecordMovement;

/// <summary>Moves a quantity of one item from one location to another through the ledger.</summary>
public sealed record RecordMovementCommand(
    Guid CommandId, string Sku, decimal Quantity, string FromLocation, string ToLocation, string MovementType,
    Guid? HandlingUnitId, string? Reason) : IWmsCommand<MovementDto>, ILedgerCommand, IMovementFields
{
    public static Access Access => Access.ForRoles(Roles.Operator, Roles.Manager, Roles.Administrator, Roles.Integration);
}

public sealed class RecordMovementCommandValidator : AbstractValidator<RecordMovementCommand>
{
    public RecordMovementCommandValidator()
    {
        Include(new MovementFieldsValidator<RecordMovementCommand>());
    }
}

public sealed class RecordMovementCommandHandler(IStockLedger ledger, ICurrentUser currentUser, ICorrelationContext correlation)
    : ICommandHandler<RecordMovementCommand, Result<MovementDto>>
{
    public async ValueTask<Result<MovementDto>> Handle(RecordMovementCommand command, CancellationToken cancellationToken)
    {
        var append = new LedgerAppend(command.CommandId, currentUser.Name!, correlation.CorrelationId,
            [MovementFields.ToLedger(command)]);
        MovementDto ToDto(IReadOnlyList<RecordedMovement> recorded) => MovementDto.From(recorded[0], command.CommandId, append.Operator);

        var result = await ledger.AppendAsync(append, ToDto, cancellationToken);
        return result.IsSuccess ? ToDto(result.Value!) : result.Error;
    }
}
