using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.SealHandlingUnit;

/// <summary>Closes an OPEN handling unit that has at least one line; from now on its lines cannot be edited.</summary>
public sealed record SealHandlingUnitCommand(Guid CommandId, string Lpn) : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class SealHandlingUnitCommandValidator : AbstractValidator<SealHandlingUnitCommand>
{
    public SealHandlingUnitCommandValidator() => RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
}

public sealed class SealHandlingUnitCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<SealHandlingUnitCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(SealHandlingUnitCommand command, CancellationToken cancellationToken) =>
        await operations.RunAsync(command.CommandId, [command.Lpn], units =>
        {
            var sealedUnit = units[0].Seal();
            return sealedUnit.IsSuccess
                ? new HandlingUnitPlan([], [new(sealedUnit.Value!, "Sealed")], MovementType.Transfer)
                : sealedUnit.Error;
        }, cancellationToken);
}
