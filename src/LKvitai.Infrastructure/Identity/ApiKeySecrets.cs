using System.Security.Cryptography;
using System.Text;
using LKvitai.Application.Common.Interfaces;

namespace LKvitai.Infrastructure.Identity;

/// <summary>
/// Keys look like <c>lkv_&lt;12-char prefix&gt;_&lt;43-char secret&gt;</c>: the prefix finds the row, SHA-256 of the whole
/// key checks it. 256 random bits make a slow hash unnecessary (unlike passwords).
/// </summary>
public sealed class ApiKeySecrets : IApiKeySecrets
{
    private const string Scheme = "lkv";

    public NewApiKeySecret Generate()
    {
        var prefix = Base64Url(RandomNumberGenerator.GetBytes(9));
        var secret = $"{Scheme}_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return new NewApiKeySecret(secret, prefix, HashOf(secret));
    }

    public (string Prefix, string Hash)? Parse(string presentedKey)
    {
        var parts = presentedKey.Split('_', 3);
        if (parts.Length != 3 || parts[0] != Scheme || parts[1].Length != 12 || parts[2].Length < 32 || presentedKey.Length > 100)
        {
            return null;
        }

        return (parts[1], HashOf(presentedKey));
    }

    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');
}
