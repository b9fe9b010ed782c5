using LKvitai.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace LKvitai.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2-SHA512, 100 000 iterations, per-password salt).</summary>
internal sealed class PasswordHashing : IPasswordHashing
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
}
