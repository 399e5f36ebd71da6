using System.Security.Cryptography;

namespace ProcurementBaseline.Application.Signing;

/// <summary>
/// ECDSA P-256 keys as PEM: PKCS#8 private keys (<c>PRIVATE KEY</c>), SubjectPublicKeyInfo public keys (<c>PUBLIC KEY</c>).
/// A key's id is the sha256 of its SubjectPublicKeyInfo, in hex, so the same key always has the same id and a
/// signature naming an id can be checked against exactly one key.
/// </summary>
public static class SigningKeys
{
    public static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string PrivatePem(ECDsa key) => PemEncoding.WriteString("PRIVATE KEY", key.ExportPkcs8PrivateKey()) + "\n";

    public static string PublicPem(ECDsa key) => PemEncoding.WriteString("PUBLIC KEY", key.ExportSubjectPublicKeyInfo()) + "\n";

    public static string KeyId(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>A P-256 private key from PKCS#8 PEM, or null with the reason.</summary>
    public static (ECDsa? Key, string? Problem) ReadPrivate(string pem) => Read(pem, "PRIVATE KEY", (k, der) => k.ImportPkcs8PrivateKey(der, out _));

    /// <summary>A P-256 public key from SubjectPublicKeyInfo PEM (or the public half of a private key), or null with the reason.</summary>
    public static (ECDsa? Key, string? Problem) ReadPublic(string pem) =>
        pem.Contains("PRIVATE KEY", StringComparison.Ordinal)
            ? ReadPrivate(pem)
            : Read(pem, "PUBLIC KEY", (k, der) => k.ImportSubjectPublicKeyInfo(der, out _));

    private static (ECDsa?, string?) Read(string pem, string label, Action<ECDsa, byte[]> import)
    {
        if (!PemEncoding.TryFind(pem, out var fields) || !pem.AsSpan()[fields.Label].SequenceEqual(label))
        {
            return (null, $"is not a PEM '{label}'");
        }

        var key = ECDsa.Create();
        try
        {
            import(key, Convert.FromBase64String(pem[fields.Base64Data]));
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            return (null, $"does not hold an EC key ({ex.Message})");
        }

        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            return (null, "is not a P-256 key; procbase signs and verifies with ECDSA P-256");
        }

        return (key, null);
    }
}
