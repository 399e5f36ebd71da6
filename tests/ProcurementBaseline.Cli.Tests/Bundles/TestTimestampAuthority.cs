using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>
/// A time-stamping authority made for a test: a root and a TSA certificate (critical time-stamping usage) under it,
/// issuing RFC 3161 tokens over any hash at any time, with the ESS signing-certificate-v2 attribute RFC 5816 asks for.
/// </summary>
internal sealed class TestTimestampAuthority : IDisposable
{
    private const string Sha256 = "2.16.840.1.101.3.4.2.1";
    private int _serial;

    public TestTimestampAuthority(DateTimeOffset from, DateTimeOffset to, string name = "Test TSA")
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest($"CN={name} root", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        Root = rootRequest.CreateSelfSigned(from.AddYears(-1), to.AddYears(1));

        using var tsaKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", tsaKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        using var issued = request.Create(Root, from, to, [9, 8, 7, 6]);
        Authority = issued.CopyWithPrivateKey(tsaKey);
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Authority { get; }

    /// <summary>A TimeStampToken saying <paramref name="hash"/> (SHA-256) existed at <paramref name="time"/>.</summary>
    public byte[] TokenForHash(byte[] hash, DateTimeOffset time)
    {
        var info = new Rfc3161TimestampTokenInfo(new Oid("1.3.6.1.4.1.55555.1"), new Oid(Sha256), hash, new byte[] { 1, (byte)++_serial }, time);
        var signed = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Authority)
        {
            DigestAlgorithm = new Oid(Sha256),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData("1.2.840.113549.1.9.16.2.47", SigningCertificateV2()));
        signed.ComputeSignature(signer);
        return signed.Encode();
    }

    public byte[] Token(byte[] data, DateTimeOffset time) => TokenForHash(SHA256.HashData(data), time);

    /// <summary>What a TSA answers over HTTP: a TimeStampResp granting the token.</summary>
    public static byte[] Response(byte[] token)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0);
            }

            writer.WriteEncodedValue(token);
        }

        return writer.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash (SHA-256, the default) } }.</summary>
    private byte[] SigningCertificateV2()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(Authority.RawData));
                }
            }
        }

        return writer.Encode();
    }

    public void Dispose()
    {
        Root.Dispose();
        Authority.Dispose();
    }
}
