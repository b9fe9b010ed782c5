using System.Security.Cryptography;
using System.Text;

namespace LKvitai.Domain.FeatureFlags;

/// <summary>
/// A flag's settings: off, on for a whitelist, on for a stable percentage of users, or on for all.
/// </summary>
public sealed record FeatureFlagRule(string Key, bool Enabled, int RolloutPercentage, IReadOnlyList<string> UserWhitelist)
{
    public const int MaximumWhitelistSize = 500;

    /// <summary>
    /// Whether the flag is on for a user. A disabled flag is off for everyone, whitelist included (the kill switch);
    /// an enabled flag is on for whitelisted users and for the users whose stable bucket falls under the percentage.
    /// </summary>
    public bool IsOnFor(string subject)
    {
        if (!Enabled)
        {
            return false;
        }

        if (UserWhitelist.Contains(subject, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return Bucket(Key, subject) < Math.Clamp(RolloutPercentage, 0, 100);
    }

    /// <summary>
    /// A number 0–99 that depends only on the flag and the user, so every process and every day gives the same answer,
    /// and different flags roll out to different users.
    /// </summary>
    public static int Bucket(string key, string subject)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{key}:{subject.ToLowerInvariant()}"), hash);
        var value = BitConverter.ToUInt32(hash[..4]);
        return (int)(value % 100);
    }
}
