using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.MoveHandlingUnit;

/// <summary>
/// Put-away or transfer: the whole handling unit to another bin — one movement per line, all or nothing, and the unit's
/// location with them; the destination must exist and have room.
/// </summary>
public sealed record MoveHandlingUnitCommand(Guid CommandId, string Lpn, string ToLocation) : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
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

public sealed class MoveHandlingUnitCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<MoveHandlingUnitCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(MoveHandlingUnitCommand command, CancellationToken cancellationToken)
    {
        var to = command.ToLocation.Trim().ToUpperInvariant();
        return await operations.RunAsync(command.CommandId, [command.Lpn], units =>
        {
            var from = units[0].Location;
            var moved = units[0].MoveTo(to);
            return moved.IsSuccess
                ? new HandlingUnitPlan(moved.Value.Transfers, [new(moved.Value.After, "Moved", Details: new { from, to })], MovementType.Transfer)
                : moved.Error;
        }, cancellationToken);
    }
}
