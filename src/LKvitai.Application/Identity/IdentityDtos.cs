using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Identity;

namespace LKvitai.Application.Identity;

public sealed record CurrentUserDto(Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles);

public sealed record UserDto(
    Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset CreatedAt)
{
    public static UserDto From(UserAccount user) =>
        new(user.Id, user.Username, user.DisplayName, user.Roles, user.IsActive, user.CreatedAt);
}

public sealed record ApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public static ApiKeyDto From(ApiKey key) =>
        new(key.Id, key.Name, key.Prefix, key.Roles, key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt);
}

/// <summary>
/// The secret is returned once, at creation; only its hash is stored. A repeated command gets the key without the
/// secret (the secret is never written to the idempotency store): revoke it and create another if it was lost.
/// </summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string? Secret) : IRedactedWhenStored
{
    public object RedactedForStorage() => this with { Secret = null };
}

internal static class IdentityErrors
{
    public static readonly Domain.Common.Error UserNotFound =
        Domain.Common.Error.NotFound("users.not_found", "User not found");

    public static readonly Domain.Common.Error ApiKeyNotFound =
        Domain.Common.Error.NotFound("api_keys.not_found", "API key not found");
}
