using Microsoft.AspNetCore.Identity;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Authentication;

/// <summary>Local account passwords with ASP.NET Core's password hasher (PBKDF2, salted, versioned).</summary>
internal sealed class PasswordHashing : ICredentialHasher
{
    private readonly PasswordHasher<object> _hasher = new();

    // The hasher ignores the user object; one placeholder serves every call.
    private static readonly object User = new();

    public string Hash(string password) => _hasher.HashPassword(User, password);

    public bool Verify(string hash, string password) => _hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
}
