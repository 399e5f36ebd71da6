using System.Security.Cryptography;
using System.Text;

namespace ProcurementBaseline.Application.Registry;

/// <summary>Random secrets (API tokens, the first admin password) and the hashes they are kept as.</summary>
public static class Secrets
{
    public const string TokenPrefix = "pbt_";

    public static string NewToken() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(18));

    /// <summary>Tokens are 256 random bits, so a fast hash is enough: there is nothing to guess that a slow hash would protect.</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
