using FluentValidation;
using LKvitai.Domain.Identity;

namespace LKvitai.Application.Identity;

internal static class RoleRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidRoles<T>(
        this IRuleBuilder<T, IReadOnlyList<string>> rule, bool allowIntegration) =>
        rule.NotNull().WithMessage("Choose at least one role")
            .Must(r => r is { Count: > 0 }).WithMessage("Choose at least one role")
            .Must(r => r is null || r.All(role => Roles.IsKnown(role) && (allowIntegration || role != Roles.Integration)))
            .WithMessage(allowIntegration
                ? $"Roles must be among: {string.Join(", ", Roles.All)}"
                : $"Roles must be among: {Roles.Operator}, {Roles.Manager}, {Roles.Accountant}, {Roles.Administrator}");

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a password")
            .MinimumLength(UserAccountRules.MinimumPasswordLength)
            .WithMessage($"The password needs at least {UserAccountRules.MinimumPasswordLength} characters")
            .MaximumLength(UserAccountRules.MaximumPasswordLength)
            .WithMessage($"The password may have at most {UserAccountRules.MaximumPasswordLength} characters");
}
