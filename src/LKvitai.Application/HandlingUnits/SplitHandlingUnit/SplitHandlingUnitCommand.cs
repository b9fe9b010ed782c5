using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.SplitHandlingUnit;

/// <summary>Some lines of a handling unit into a new unit in the same bin (quantities conserved); an emptied source becomes EMPTY.</summary>
public sealed record SplitHandlingUnitCommand(Guid CommandId, string Lpn, string? Type, IReadOnlyList<HandlingUnitLineDto> Lines)
    : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class SplitHandlingUnitCommandValidator : AbstractValidator<SplitHandlingUnitCommand>
{
    public SplitHandlingUnitCommandValidator()
    {
        RuleFor(c => c.Lpn).NotEmpty().WithMessage("Scan the handling unit").MaximumLength(40);
        RuleFor(c => c.Type).Must(t => t is null || HandlingUnitTypes.IsValid(t))
            .WithMessage($"Type must be one of: {HandlingUnitTypes.Names}");
        RuleFor(c => c.Lines).NotEmpty().WithMessage("Say what goes into the new unit");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
            line.RuleFor(l => l.Quantity).Must(LedgerRules.IsValidQuantity).WithMessage("Quantity must be above zero");
        });
    }
}

public sealed class SplitHandlingUnitCommandHandler(HandlingUnitOperations operations, ISsccIssuer sscc)
    : ICommandHandler<SplitHandlingUnitCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(SplitHandlingUnitCommand command, CancellationToken cancellationToken)
    {
        var lines = command.Lines.Select(l => new HandlingUnitLine(l.Sku.Trim().ToUpperInvariant(), l.Quantity)).ToList();
        var (newId, newSscc) = (Guid.CreateVersion7(), await sscc.NextAsync(cancellationToken));
        return await operations.RunAsync(command.CommandId, [command.Lpn], units =>
        {
            var source = units[0];
            var type = command.Type is null ? source.Type : HandlingUnitTypes.Parse(command.Type);
            var split = source.Split(newId, newSscc, type, lines);
            if (!split.IsSuccess)
            {
                return split.Error;
            }

            var (after, created, transfers) = split.Value;
            return new HandlingUnitPlan(transfers,
            [
                new(after, after.Status == HandlingUnitStatus.Empty ? "SplitEmptied" : "Split", Details: new { into = created.Sscc, lines }),
                new(created, "CreatedBySplit", Created: true, Details: new { from = source.Sscc, lines }),
            ], MovementType.Transfer);
        }, cancellationToken);
    }
}
