using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.HandlingUnits.MergeHandlingUnits;

/// <summary>Every line of the source units into an OPEN target unit in the same bin; the sources become EMPTY.</summary>
public sealed record MergeHandlingUnitsCommand(Guid CommandId, string TargetLpn, IReadOnlyList<string> SourceLpns)
    : IWmsCommand<HandlingUnitOperationDto>, ILedgerCommand
{
    public static Access Access => HandlingUnitAccess.Operators;
}

public sealed class MergeHandlingUnitsCommandValidator : AbstractValidator<MergeHandlingUnitsCommand>
{
    public MergeHandlingUnitsCommandValidator()
    {
        RuleFor(c => c.TargetLpn).NotEmpty().WithMessage("Scan the target handling unit").MaximumLength(40);
        RuleFor(c => c.SourceLpns).NotEmpty().WithMessage("Scan at least one handling unit to merge").Must(s => s is null || s.Count <= 50)
            .WithMessage("At most 50 units at once");
        RuleForEach(c => c.SourceLpns).NotEmpty().MaximumLength(40);
    }
}

public sealed class MergeHandlingUnitsCommandHandler(HandlingUnitOperations operations)
    : ICommandHandler<MergeHandlingUnitsCommand, Result<HandlingUnitOperationDto>>
{
    public async ValueTask<Result<HandlingUnitOperationDto>> Handle(MergeHandlingUnitsCommand command, CancellationToken cancellationToken) =>
        await operations.RunAsync(command.CommandId, [command.TargetLpn, .. command.SourceLpns], units =>
        {
            var merged = units[0].Merge(units[1..]);
            if (!merged.IsSuccess)
            {
                return merged.Error;
            }

            var (target, sources, transfers) = merged.Value;
            var sourceCodes = sources.Select(s => s.Sscc).ToList();
            return new HandlingUnitPlan(transfers,
                [new(target, "Merged", Details: new { sources = sourceCodes }), .. sources.Select(s => new HandlingUnitChange(s, "MergedInto", Details: new { target = target.Sscc }))],
                MovementType.Transfer);
        }, cancellationToken);
}
