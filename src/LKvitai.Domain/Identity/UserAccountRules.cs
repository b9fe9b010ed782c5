using System.Text.RegularExpressions;

namespace LKvitai.Domain.Identity;

public static partial class UserAccountRules
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 128;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,62}$")]
    private static partial Regex UsernamePattern();

    /// <summary>Lower-case letters, digits, dot, dash, underscore; 2–63 characters (fits a scanner badge).</summary>
    public static bool IsValidUsername(string? username) => username is not null && UsernamePattern().IsMatch(username);

    public static string NormaliseUsername(string username) => username.Trim().ToLowerInvariant();

    /// <summary>
    /// The last active administrator may not lose the role or be deactivated: nobody could manage users after it.
    /// </summary>
    public static bool WouldRemoveLastAdministrator(
        bool isCurrentlyActiveAdministrator, bool remainsActiveAdministrator, int activeAdministratorCount) =>
        isCurrentlyActiveAdministrator && !remainsActiveAdministrator && activeAdministratorCount <= 1;
}
