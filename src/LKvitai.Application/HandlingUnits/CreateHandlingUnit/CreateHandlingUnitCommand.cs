using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.CreateHandlingUnit;

/// <summary>A new, empty, OPEN handling unit in a bin, with a new SSCC as its LPN.</summary>
public sealed record CreateHandlingUnitCommand(Guid CommandId, string Type, string Location) : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class CreateHandlingUnitCommandValidator : AbstractValidator<CreateHandlingUnitCommand>
{
    public CreateHandlingUnitCommandValidator()
    {
        RuleFor(c => c.Type).Must(HandlingUnitTypes.IsValid).WithMessage($"Type must be one of: {HandlingUnitTypes.Names}");
        RuleFor(c => c.Location).NotEmpty().WithMessage("Scan or enter the bin").MaximumLength(40);
    }
}

public sealed class CreateHandlingUnitCommandHandler(HandlingUnitOperations operations, ISsccIssuer sscc)
    : ICommandHandler<CreateHandlingUnitCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(CreateHandlingUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = HandlingUnit.Create(Guid.CreateVersion7(), await sscc.NextAsync(cancellationToken), HandlingUnitTypes.Parse(command.Type),
            command.Location.Trim().ToUpperInvariant());
        return await operations.RunOnUnitsAsync(command.CommandId, [], _ =>
            new HandlingUnitPlan([], [new HandlingUnitChange(unit, "Created", Created: true)], MovementType.Transfer), cancellationToken);
    }
}
