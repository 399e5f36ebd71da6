using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ProcurementBaseline.Application.Signing;

/// <summary>
/// A DSSE envelope (github.com/secure-systems-lab/dsse): a payload and its type, signed over the pre-authentication
/// encoding <c>"DSSEv1" SP len(type) SP type SP len(payload) SP payload</c>, so a signature can never be read as one
/// over another type. Signatures are ECDSA P-256 with SHA-256, DER-encoded. Each signature may carry a role (vendor,
/// reviewer): a reviewer countersigns the same payload.
/// </summary>
public sealed record DsseEnvelope(string PayloadType, byte[] Payload, ImmutableArray<DsseSignature> Signatures)
{
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    public static byte[] Pae(string payloadType, byte[] payload)
    {
        var type = Encoding.UTF8.GetBytes(payloadType);
        var head = Encoding.ASCII.GetBytes($"DSSEv1 {type.Length} ");
        var middle = Encoding.ASCII.GetBytes($" {payload.Length} ");
        return [.. head, .. type, .. middle, .. payload];
    }

    public DsseSignature Sign(ECDsa key, string role, ImmutableArray<byte[]> certificates = default) =>
        new(SigningKeys.KeyId(key), key.SignData(Pae(PayloadType, Payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), role)
        {
            Certificates = certificates.IsDefault ? [] : certificates,
        };

    public bool Verifies(DsseSignature signature, ECDsa key) =>
        key.VerifyData(Pae(PayloadType, Payload), signature.Sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public byte[] ToBytes() => CanonicalJson.Serialize(new JsonObject
    {
        ["payloadType"] = PayloadType,
        ["payload"] = Convert.ToBase64String(Payload),
        ["signatures"] = new JsonArray([.. Signatures.Select(Signature)]),
    });

    private static JsonNode Signature(DsseSignature s)
    {
        var node = new JsonObject { ["keyid"] = s.KeyId, ["sig"] = Convert.ToBase64String(s.Sig), ["role"] = s.Role };
        if (!s.Certificates.IsEmpty)
        {
            node["certificates"] = new JsonArray([.. s.Certificates.Select(c => (JsonNode)Convert.ToBase64String(c))]);
        }

        if (s.Timestamp is { } timestamp)
        {
            node["timestamp"] = Convert.ToBase64String(timestamp);
        }

        return node;
    }

    /// <summary>Reads an envelope, accepting standard or URL-safe base64 as DSSE allows; null with the reason when it is not one.</summary>
    public static (DsseEnvelope? Envelope, string? Problem) Parse(byte[] bytes)
    {
        try
        {
            if (CanonicalJson.Parse(bytes) is not JsonObject root)
            {
                return (null, "is not a JSON object");
            }

            var signatures = ((JsonArray?)root["signatures"] ?? throw new FormatException("has no 'signatures'"))
                .Select(s => new DsseSignature((string?)s?["keyid"] ?? "", Base64((string?)s?["sig"] ?? throw new FormatException("has a signature without 'sig'")), (string?)s?["role"] ?? "vendor")
                {
                    Certificates = s?["certificates"] is JsonArray certificates ? [.. certificates.Select(c => Base64((string?)c ?? ""))] : [],
                    Timestamp = s?["timestamp"] is { } timestamp ? Base64((string?)timestamp ?? "") : null,
                })
                .ToImmutableArray();
            return (new DsseEnvelope((string?)root["payloadType"] ?? throw new FormatException("has no 'payloadType'"),
                Base64((string?)root["payload"] ?? throw new FormatException("has no 'payload'")), signatures), null);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or InvalidCastException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
    }

    private static byte[] Base64(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '='));
    }
}

/// <summary>
/// One signature: the signing key's id (sha256 of its SubjectPublicKeyInfo), the DER signature, the signer's role, and
/// optionally the signer's X.509 certificate chain (leaf first, DER), so a verifier can trust it through a root CA, and
/// an RFC 3161 timestamp token over the signature, which says when it existed. Neither is signed: the chain is checked
/// against the verifier's roots and the token carries its authority's own signature over a hash of <see cref="Sig"/>.
/// </summary>
public sealed record DsseSignature(string KeyId, byte[] Sig, string Role)
{
    public ImmutableArray<byte[]> Certificates { get; init; } = [];

    /// <summary>The DER TimeStampToken (RFC 3161) whose message imprint is the SHA-256 of <see cref="Sig"/>.</summary>
    public byte[]? Timestamp { get; init; }
}
