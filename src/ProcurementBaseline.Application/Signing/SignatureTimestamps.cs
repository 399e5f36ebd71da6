using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementBaseline.Application.Signing;

/// <summary>When a time-stamping authority says a signature existed, and whom that authority answers to.</summary>
public sealed record TimestampCheck(DateTimeOffset? Time, string? Authority, string? Problem)
{
    /// <summary>False when the token could not be judged at all (no roots to trust its authority through).</summary>
    public bool Checked { get; init; } = true;

    public bool IsGood => Time is not null && Problem is null;
}

/// <summary>
/// RFC 3161 timestamps over DSSE signatures. The request hashes the signature value (SHA-256, no nonce, so the same
/// signature always gives the same request); the caller sends it to a time-stamping authority of its choosing, and
/// the token that comes back is checked offline: its imprint must be the signature's hash, its own CMS signature must
/// verify, and its authority's certificate must build, for time stamping, to one of the verifier's roots at the
/// token's time. Nothing is fetched.
/// </summary>
public static class SignatureTimestamps
{
    private const string TimeStampingUsage = "1.3.6.1.5.5.7.3.8";
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    /// <summary>The DER TimeStampReq for one signature, asking the authority to include its certificate.</summary>
    public static byte[] Request(DsseSignature signature) =>
        Rfc3161TimestampRequest.CreateFromData(signature.Sig, HashAlgorithmName.SHA256, requestSignerCertificates: true).Encode();

    /// <summary>
    /// A token from what a caller got back: a bare TimeStampToken, or a TimeStampResp (what a TSA answers over HTTP)
    /// whose status grants it. Null and why otherwise.
    /// </summary>
    public static (byte[]? Token, string? Problem) ReadToken(byte[] bytes)
    {
        if (Rfc3161TimestampToken.TryDecode(bytes, out _, out var consumed) && consumed == bytes.Length)
        {
            return (bytes, null);
        }

        try
        {
            var response = new AsnReader(bytes, AsnEncodingRules.DER).ReadSequence();
            var status = response.ReadSequence();
            var granted = status.ReadInteger();
            if (granted > 1)
            {
                return (null, $"is a time-stamp response refusing the request (PKIStatus {granted})");
            }

            if (!response.HasData)
            {
                return (null, "is a time-stamp response without a token");
            }

            var token = response.ReadEncodedValue().ToArray();
            return Rfc3161TimestampToken.TryDecode(token, out _, out _)
                ? (token, null)
                : (null, "holds a token that cannot be read");
        }
        catch (AsnContentException)
        {
            return (null, "is neither an RFC 3161 time-stamp token nor a time-stamp response");
        }
    }

    /// <summary>Checks a signature's token against the roots a verifier trusts; the time is given only when everything holds.</summary>
    public static TimestampCheck Check(DsseSignature signature, X509Certificate2Collection roots)
    {
        if (signature.Timestamp is not { } bytes)
        {
            return new(null, null, null);
        }

        if (!Rfc3161TimestampToken.TryDecode(bytes, out var token, out var consumed) || consumed != bytes.Length)
        {
            return new(null, null, "cannot be read as an RFC 3161 time-stamp token");
        }

        var time = token.TokenInfo.Timestamp;
        if (token.TokenInfo.HashAlgorithmId.Value != Sha256Oid)
        {
            return new(null, null, $"hashes with {token.TokenInfo.HashAlgorithmId.FriendlyName ?? token.TokenInfo.HashAlgorithmId.Value}, not SHA-256");
        }

        if (!token.VerifySignatureForData(signature.Sig, out var authority) || authority is null)
        {
            return new(null, null, "is not over this signature, or its authority's signature does not verify");
        }

        using (authority)
        {
            var name = authority.Subject;
            if (roots.Count == 0)
            {
                return new(null, name, "was not checked: no root given with --trust to trust its authority through") { Checked = false };
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.ExtraStore.AddRange(token.AsSignedCms().Certificates);
            chain.ChainPolicy.DisableCertificateDownloads = true;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationTime = time.UtcDateTime;
            chain.ChainPolicy.ApplicationPolicy.Add(new Oid(TimeStampingUsage));
            if (!chain.Build(authority))
            {
                var why = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
                return new(null, name, $"is by an authority ({name}) whose certificate does not build, for time stamping, to a trusted root at {time:yyyy-MM-ddTHH:mm:ssZ}: {(why.Length == 0 ? "no reason given" : why)}");
            }

            return new(time, name, null);
        }
    }
}
