using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.ResetPassword;

public sealed record ResetPasswordCommand(Guid CommandId, Guid UserId, string NewPassword) : IWmsCommand<Acknowledged>
{
    public static Access Access => Access.ForRoles(Roles.Administrator);
}

public sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.NewPassword).ValidPassword();
    }
}

public sealed class ResetPasswordCommandHandler(IWmsDbContext db, IPasswordHashing passwords, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result<Acknowledged>>
{
    public async ValueTask<Result<Acknowledged>> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        user.PasswordHash = passwords.Hash(command.NewPassword);
        user.SecurityStamp = Guid.NewGuid(); // signs the user out everywhere
        user.UpdatedAt = clock.GetUtcNow();
        user.UpdatedBy = currentUser.Name;
        return Acknowledged.Value;
    }
}
