using System.Formats.Asn1;
using System.Security.Cryptography;

namespace ProcurementBaseline.Application.Signing;

/// <summary>Signatures made elsewhere (a browser's WebCrypto, openssl), checked against a vendor's keys and stored as DSSE keeps them: DER.</summary>
public static class DsseSignatures
{
    /// <summary>The key <paramref name="signature"/> verifies with over <paramref name="message"/>, and the signature as DER; null when none does.</summary>
    public static (ECDsa Key, byte[] Der)? Verified(IEnumerable<ECDsa> keys, byte[] message, byte[] signature)
    {
        foreach (var key in keys)
        {
            if (signature.Length == 64 && key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                return (key, Der(signature));
            }

            if (signature.Length is > 8 and < 80 && key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
            {
                return (key, signature);
            }
        }

        return null;
    }

    /// <summary>A P-256 signature r‖s (32 bytes each) as the DER SEQUENCE of two INTEGERs.</summary>
    public static byte[] Der(ReadOnlySpan<byte> p1363)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteIntegerUnsigned(Minimal(p1363[..32]));
            writer.WriteIntegerUnsigned(Minimal(p1363[32..]));
        }

        return writer.Encode();
    }

    private static ReadOnlySpan<byte> Minimal(ReadOnlySpan<byte> value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == 0)
        {
            start++;
        }

        return value[start..];
    }
}
