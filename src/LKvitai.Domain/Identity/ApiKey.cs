namespace LKvitai.Domain.Identity;

public sealed class ApiKey
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }

    public List<string> Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
