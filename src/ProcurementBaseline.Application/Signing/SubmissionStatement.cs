using System.Text.Json.Nodes;
using ProcurementBaseline.Application.Bundles;

namespace ProcurementBaseline.Application.Signing;

/// <summary>
/// The in-toto Statement v1 a submission's signature covers: one subject per file of the bundle (the manifest
/// included) with its sha256, and a predicate naming the vendor, product, signatory, date and the standards the
/// attestation was written against. Canonical JSON, so the same bundle gives the same statement bytes.
/// </summary>
public static class SubmissionStatement
{
    public const string StatementType = "https://in-toto.io/Statement/v1";
    public const string PredicateType = "https://procurementbaseline.dev/submission-bundle/v1";

    public static byte[] For(BundleManifest manifest, string manifestSha256) => CanonicalJson.Serialize(new JsonObject
    {
        ["_type"] = StatementType,
        ["subject"] = new JsonArray([.. manifest.Files.Select(f => (f.Path, f.Sha256)).Prepend((BundleArchive.ManifestName, manifestSha256))
            .Select(s => (JsonNode)new JsonObject { ["name"] = s.Item1, ["digest"] = new JsonObject { ["sha256"] = s.Item2 } })]),
        ["predicateType"] = PredicateType,
        ["predicate"] = new JsonObject
        {
            ["vendor"] = manifest.Vendor,
            ["product"] = manifest.Product,
            ["product-version"] = manifest.ProductVersion,
            ["signatory"] = manifest.Signatory,
            ["date"] = manifest.Date,
            ["attestation"] = manifest.Attestation,
            ["standards"] = BundleManifest.Pins(manifest.Standards),
        },
    });
}
