namespace LKvitai.Domain.Identity;

public sealed class UserAccount
{
    public Guid Id { get; set; }

    public required string Username { get; set; }

    public required string DisplayName { get; set; }

    public required string PasswordHash { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsActive { get; set; } = true;

    /// <summary>Changes when roles, password or activity change: invalidates existing sessions.</summary>
    public Guid SecurityStamp { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
