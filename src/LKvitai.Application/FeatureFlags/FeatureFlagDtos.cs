using LKvitai.Domain.FeatureFlags;

namespace LKvitai.Application.FeatureFlags;

public sealed record FeatureFlagDto(
    string Key, string Description, bool Enabled, int RolloutPercentage, IReadOnlyList<string> UserWhitelist,
    DateTimeOffset UpdatedAt, string? UpdatedBy)
{
    public static FeatureFlagDto From(FeatureFlag flag) =>
        new(flag.Key, flag.Description, flag.Enabled, flag.RolloutPercentage, flag.UserWhitelist, flag.UpdatedAt, flag.UpdatedBy);
}

public sealed record FeatureFlagSettingsDto(bool Enabled, int RolloutPercentage, IReadOnlyList<string> UserWhitelist);

public sealed record FeatureFlagChangeDto(
    string FlagKey, DateTimeOffset ChangedAt, string ChangedBy, FeatureFlagSettingsDto Before, FeatureFlagSettingsDto After);

public sealed record MyFeatureFlagsDto(IReadOnlyDictionary<string, bool> Flags);
