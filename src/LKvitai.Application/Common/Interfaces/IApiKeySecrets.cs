namespace LKvitai.Application.Common.Interfaces;

/// <summary>A new API key: the secret shown once, and what is stored (prefix for look-up, hash for checking).</summary>
public sealed record NewApiKeySecret(string Secret, string Prefix, string Hash);

public interface IApiKeySecrets
{
    NewApiKeySecret Generate();

    /// <summary>Prefix and hash of a presented key, or null when it is not shaped like one of ours.</summary>
    (string Prefix, string Hash)? Parse(string presentedKey);
}
