namespace LKvitai.Domain.Identity;

/// <summary>The people (and systems) who use the warehouse system.</summary>
public static class Roles
{
    public const string Operator = "Operator";
    public const string Manager = "Manager";
    public const string Accountant = "Accountant";
    public const string Administrator = "Administrator";

    /// <summary>An ERP / MES integration client (API keys only).</summary>
    public const string Integration = "Integration";

    public static readonly IReadOnlyList<string> All = [Operator, Manager, Accountant, Administrator, Integration];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>Who may send a message. Every command and query declares it, so none is open by omission.</summary>
public sealed record Access
{
    private Access(bool anonymous, IReadOnlyList<string> roles)
    {
        AllowsAnonymous = anonymous;
        Roles = roles;
    }

    public bool AllowsAnonymous { get; }

    /// <summary>Empty means any authenticated user.</summary>
    public IReadOnlyList<string> Roles { get; }

    public static Access Anonymous { get; } = new(true, []);

    public static Access AnyAuthenticated { get; } = new(false, []);

    public static Access ForRoles(params string[] roles) => new(false, roles);

    public bool Permits(bool authenticated, IEnumerable<string> userRoles) =>
        AllowsAnonymous || (authenticated && (Roles.Count == 0 || userRoles.Any(r => Roles.Contains(r, StringComparer.Ordinal))));
}
