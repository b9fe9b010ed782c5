using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.FeatureFlags.UpdateFeatureFlag;

/// <summary>Changes a flag at run time; the change is audited (who, when, before, after) in the same transaction.</summary>
public sealed record UpdateFeatureFlagCommand(
    Guid CommandId, string Key, bool Enabled, int RolloutPercentage, IReadOnlyList<string> UserWhitelist)
    : IWmsCommand<FeatureFlagDto>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class UpdateFeatureFlagCommandValidator : AbstractValidator<UpdateFeatureFlagCommand>
{
    public UpdateFeatureFlagCommandValidator()
    {
        RuleFor(c => c.RolloutPercentage).InclusiveBetween(0, 100).WithMessage("The rollout percentage must be between 0 and 100");
        RuleFor(c => c.UserWhitelist).NotNull().WithMessage("Send the whitelist (it may be empty)")
            .Must(w => w is null || w.Count <= FeatureFlagRule.MaximumWhitelistSize)
            .WithMessage($"At most {FeatureFlagRule.MaximumWhitelistSize} users may be whitelisted");
        RuleForEach(c => c.UserWhitelist).NotEmpty().WithMessage("A whitelist entry is empty").MaximumLength(100);
    }
}

public sealed class UpdateFeatureFlagCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateFeatureFlagCommand, Result<FeatureFlagDto>>
{
    public async ValueTask<Result<FeatureFlagDto>> Handle(UpdateFeatureFlagCommand command, CancellationToken cancellationToken)
    {
        var flag = await db.FeatureFlags.FirstOrDefaultAsync(f => f.Key == command.Key, cancellationToken);
        if (flag is null)
        {
            return Error.NotFound("feature_flags.not_found", "Feature flag not found", $"There is no flag '{command.Key}'.");
        }

        var whitelist = command.UserWhitelist.Select(u => u.Trim()).Where(u => u.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var now = clock.GetUtcNow();
        db.FeatureFlagChanges.Add(new FeatureFlagChange
        {
            FlagKey = flag.Key,
            ChangedAt = now,
            ChangedBy = currentUser.Name!,
            CommandId = command.CommandId,
            EnabledBefore = flag.Enabled,
            RolloutPercentageBefore = flag.RolloutPercentage,
            UserWhitelistBefore = [.. flag.UserWhitelist],
            EnabledAfter = command.Enabled,
            RolloutPercentageAfter = command.RolloutPercentage,
            UserWhitelistAfter = whitelist,
        });
        flag.Enabled = command.Enabled;
        flag.RolloutPercentage = command.RolloutPercentage;
        flag.UserWhitelist = whitelist;
        flag.UpdatedAt = now;
        flag.UpdatedBy = currentUser.Name;
        return FeatureFlagDto.From(flag);
    }
}
