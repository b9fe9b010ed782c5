using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.UpdateUser;

public sealed record UpdateUserCommand(
    Guid CommandId, Guid UserId, string DisplayName, IReadOnlyList<string> Roles, bool IsActive) : IWmsCommand<UserDto>
{
    public static Access Access => Access.ForRoles(Domain.Identity.Roles.Administrator);
}

public sealed class UpdateUserCommandValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserCommandValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter a display name").MaximumLength(120);
        RuleFor(c => c.Roles).ValidRoles(allowIntegration: false);
    }
}

public sealed class UpdateUserCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateUserCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var isAdministrator = user.IsActive && user.Roles.Contains(Roles.Administrator);
        var remainsAdministrator = command.IsActive && command.Roles.Contains(Roles.Administrator);
        if (isAdministrator && !remainsAdministrator)
        {
            var activeAdministrators = await db.Users.CountAsync(
                u => u.IsActive && u.Roles.Contains(Roles.Administrator), cancellationToken);
            if (UserAccountRules.WouldRemoveLastAdministrator(isAdministrator, remainsAdministrator, activeAdministrators))
            {
                return Error.BusinessRule(
                    "users.last_administrator",
                    "Cannot remove the last active administrator",
                    "Give another active user the Administrator role first.");
            }
        }

        var roles = command.Roles.Distinct(StringComparer.Ordinal).ToList();
        if (!roles.SequenceEqual(user.Roles) || user.IsActive != command.IsActive)
        {
            user.SecurityStamp = Guid.NewGuid();
        }

        user.DisplayName = command.DisplayName.Trim();
        user.Roles = roles;
        user.IsActive = command.IsActive;
        user.UpdatedAt = clock.GetUtcNow();
        user.UpdatedBy = currentUser.Name;
        return UserDto.From(user);
    }
}
