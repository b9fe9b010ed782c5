using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.CreateUser;

public sealed record CreateUserCommand(
    Guid CommandId, string Username, string DisplayName, string Password, IReadOnlyList<string> Roles)
    : IWmsCommand<UserDto>
{
    public static Access Access => Access.ForRoles(Domain.Identity.Roles.Administrator);
}

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Username).Must(u => UserAccountRules.IsValidUsername(u is null ? null : UserAccountRules.NormaliseUsername(u)))
            .WithMessage("Use 2–63 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit");
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter a display name").MaximumLength(120);
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.Roles).ValidRoles(allowIntegration: false);
    }
}

public sealed class CreateUserCommandHandler(IWmsDbContext db, IPasswordHashing passwords, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateUserCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var username = UserAccountRules.NormaliseUsername(command.Username);
        if (await db.Users.AnyAsync(u => u.Username == username, cancellationToken))
        {
            return Error.Conflict("users.username_taken", "This username is already taken");
        }

        var now = clock.GetUtcNow();
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            Username = username,
            DisplayName = command.DisplayName.Trim(),
            PasswordHash = passwords.Hash(command.Password),
            Roles = command.Roles.Distinct(StringComparer.Ordinal).ToList(),
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = currentUser.Name,
        };
        db.Users.Add(user);
        return UserDto.From(user);
    }
}
