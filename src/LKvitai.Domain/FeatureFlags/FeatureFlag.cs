namespace LKvitai.Domain.FeatureFlags;

public sealed class FeatureFlag
{
    public required string Key { get; set; }

    public required string Description { get; set; }

    public bool Enabled { get; set; }

    public int RolloutPercentage { get; set; }

    public List<string> UserWhitelist { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency: two administrators saving at once cannot silently overwrite each other.</summary>
    public uint Version { get; set; }
}

public sealed class FeatureFlagChange
{
    public long Id { get; set; }

    public required string FlagKey { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    public bool EnabledBefore { get; set; }

    public int RolloutPercentageBefore { get; set; }

    public List<string> UserWhitelistBefore { get; set; } = [];

    public bool EnabledAfter { get; set; }

    public int RolloutPercentageAfter { get; set; }

    public List<string> UserWhitelistAfter { get; set; } = [];

    public Guid CommandId { get; set; }
}
