using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Identity.VerifyCredentials;

/// <summary>Checks a username and password; the API turns a success into a session cookie.</summary>
public sealed record VerifyCredentialsQuery(string Username, string Password) : IWmsQuery<UserSessionDto>
{
    public static Access Access => Access.Anonymous;
}

/// <summary>What a session is built from; the security stamp lets a later role or password change end it.</summary>
public sealed record UserSessionDto(CurrentUserDto User, Guid SecurityStamp);

public sealed class VerifyCredentialsQueryValidator : AbstractValidator<VerifyCredentialsQuery>
{
    public VerifyCredentialsQueryValidator()
    {
        RuleFor(q => q.Username).NotEmpty().WithMessage("Enter your username").MaximumLength(63);
        RuleFor(q => q.Password).NotEmpty().WithMessage("Enter your password").MaximumLength(UserAccountRules.MaximumPasswordLength);
    }
}

public sealed class VerifyCredentialsQueryHandler(IWmsDbContext db, IPasswordHashing passwords)
    : IQueryHandler<VerifyCredentialsQuery, Result<UserSessionDto>>
{
    public static readonly Error InvalidCredentials = new(
        "auth.invalid_credentials", "Invalid username or password", ErrorKind.Unauthenticated);

    // A fixed hash to verify against when the user does not exist, so response time does not reveal valid usernames.
    private static string? decoyHash;

    public async ValueTask<Result<UserSessionDto>> Handle(VerifyCredentialsQuery query, CancellationToken cancellationToken)
    {
        var username = UserAccountRules.NormaliseUsername(query.Username);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, cancellationToken);
        if (user is null || !user.IsActive)
        {
            decoyHash ??= passwords.Hash("decoy-password-for-timing");
            passwords.Verify(decoyHash, query.Password);
            return InvalidCredentials;
        }

        if (!passwords.Verify(user.PasswordHash, query.Password))
        {
            return InvalidCredentials;
        }

        return new UserSessionDto(new CurrentUserDto(user.Id, user.Username, user.DisplayName, user.Roles), user.SecurityStamp);
    }
}
