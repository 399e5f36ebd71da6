using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementBaseline.Application.Signing;

/// <summary>
/// Whom a verifier trusts: public keys given directly, and root certificates through which a signer's certificate
/// chain may be trusted, judged at <see cref="At"/> (the as-of date, never the machine's clock). Chains are built
/// against these roots only, with downloads disabled, so verification is offline and the system store plays no part.
/// </summary>
public sealed class BundleTrust(IReadOnlyList<ECDsa> keys, X509Certificate2Collection roots, DateTimeOffset at)
{
    public static BundleTrust Keys(IReadOnlyList<ECDsa> keys) => new(keys, [], DateTimeOffset.UnixEpoch);

    public IReadOnlyList<ECDsa> TrustedKeys { get; } = keys;

    public X509Certificate2Collection Roots { get; } = roots;

    public DateTimeOffset At { get; } = at;

    /// <summary>
    /// The signer's key if its certificate chain builds to a trusted root at <see cref="At"/> (or at <paramref name="at"/>,
    /// the time a trusted timestamp says the signature existed) and its leaf holds the key the signature names; otherwise
    /// null and why.
    /// </summary>
    public (ECDsa? Key, string? Problem) ThroughChain(DsseSignature signature, DateTimeOffset? at = null)
    {
        var time = at ?? At;
        if (Roots.Count == 0 || signature.Certificates.IsEmpty)
        {
            return (null, null);
        }

        X509Certificate2[] certificates;
        try
        {
            certificates = [.. signature.Certificates.Select(c => X509CertificateLoader.LoadCertificate(c))];
        }
        catch (CryptographicException ex)
        {
            return (null, $"carries a certificate that cannot be read ({ex.Message})");
        }

        try
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(Roots);
            chain.ChainPolicy.ExtraStore.AddRange(certificates[1..]);
            chain.ChainPolicy.DisableCertificateDownloads = true;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationTime = time.UtcDateTime;
            if (!chain.Build(certificates[0]))
            {
                var why = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
                return (null, $"has a certificate chain that does not build to a trusted root at {(at is null ? time.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : time.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) + ", the time its timestamp gives")}: {(why.Length == 0 ? "no reason given" : why)}");
            }

            var key = certificates[0].GetECDsaPublicKey();
            if (key is null || SigningKeys.KeyId(key) != signature.KeyId)
            {
                key?.Dispose();
                return (null, "names a key its certificate does not hold");
            }

            return (key, null);
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
