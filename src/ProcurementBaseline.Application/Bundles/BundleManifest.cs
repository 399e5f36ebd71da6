using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// What a submission bundle holds and was written against: each file by path, role, size and sha256, and each
/// catalog, crosswalk and baseline by id and content hash. Written as canonical JSON, so the same bundle always has
/// the same manifest bytes.
/// </summary>
public sealed record BundleManifest(
    string Attestation,
    string Vendor,
    string Product,
    string ProductVersion,
    string Signatory,
    string Date,
    ImmutableArray<BundleFile> Files,
    ImmutableArray<StandardsPin> Standards)
{
    public const string Kind = "submission-bundle";

    public byte[] ToBytes() => CanonicalJson.Serialize(new JsonObject
    {
        ["schema-version"] = "1",
        ["kind"] = Kind,
        ["attestation"] = Attestation,
        ["vendor"] = Vendor,
        ["product"] = Product,
        ["product-version"] = ProductVersion,
        ["signatory"] = Signatory,
        ["date"] = Date,
        ["files"] = new JsonArray([.. Files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["role"] = f.Role, ["size"] = f.Size, ["sha256"] = f.Sha256 })]),
        ["standards"] = Pins(Standards),
    });

    public static JsonArray Pins(IEnumerable<StandardsPin> pins) =>
        new([.. pins.Select(p => (JsonNode)new JsonObject { ["kind"] = p.Kind, ["id"] = p.Id, ["file"] = p.File, ["sha256"] = p.Sha256 })]);

    /// <summary>Reads a manifest, or says what is wrong with it.</summary>
    public static (BundleManifest? Manifest, string? Problem) Parse(byte[] bytes)
    {
        try
        {
            if (CanonicalJson.Parse(bytes) is not JsonObject root || (string?)root["kind"] != Kind || (string?)root["schema-version"] != "1")
            {
                return (null, "is not a submission-bundle manifest of schema version 1");
            }

            var files = ((JsonArray?)root["files"] ?? throw new FormatException("'files' is missing"))
                .Select(f => new BundleFile(Text(f, "path"), Text(f, "role"), (long?)f!["size"] ?? throw new FormatException("a file has no 'size'"), Text(f, "sha256")))
                .ToImmutableArray();
            var standards = ((JsonArray?)root["standards"] ?? throw new FormatException("'standards' is missing"))
                .Select(p => new StandardsPin(Text(p, "kind"), Text(p, "id"), Text(p, "file"), Text(p, "sha256")))
                .ToImmutableArray();
            return (new BundleManifest(Text(root, "attestation"), Text(root, "vendor"), Text(root, "product"), Text(root, "product-version"),
                Text(root, "signatory"), Text(root, "date"), files, standards), null);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or InvalidCastException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
    }

    private static string Text(JsonNode? node, string key) =>
        (string?)node?[key] ?? throw new FormatException($"'{key}' is missing or not a string");
}

/// <summary>A file in a bundle: its path, its role (<c>attestation</c> or <c>evidence</c>), its size and sha256.</summary>
public sealed record BundleFile(string Path, string Role, long Size, string Sha256)
{
    public const string AttestationRole = "attestation";
    public const string EvidenceRole = "evidence";
}
