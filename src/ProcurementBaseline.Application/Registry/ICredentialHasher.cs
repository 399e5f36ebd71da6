namespace ProcurementBaseline.Application.Registry;

/// <summary>Hashes and checks local account passwords (ASP.NET Core's password hasher, in the server).</summary>
public interface ICredentialHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}
