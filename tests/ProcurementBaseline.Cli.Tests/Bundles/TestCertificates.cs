using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>Certificate authorities made for the bundle tests.</summary>
internal static class TestCertificates
{
    /// <summary>A self-signed P-256 root CA valid five years either side of <paramref name="at"/>.</summary>
    public static X509Certificate2 Root(string name, DateTimeOffset at)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        return request.CreateSelfSigned(at.AddYears(-5), at.AddYears(5));
    }
}
