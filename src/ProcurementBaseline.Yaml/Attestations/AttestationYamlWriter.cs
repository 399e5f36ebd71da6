using System.Globalization;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Yaml.Attestations;

/// <summary>Writes an attestation in the format <see cref="AttestationYamlReader"/> reads.</summary>
public static class AttestationYamlWriter
{
    public static string Write(Attestation attestation, string? leadingComment = null)
    {
        var yaml = new YamlEventWriter(leadingComment);
        yaml.BeginMapping();
        yaml.Entry("kind", AttestationYamlReader.Kind);
        yaml.Entry("schema-version", YamlDocument.SchemaVersion);
        yaml.Key("vendor");
        yaml.BeginMapping();
        yaml.Entry("name", attestation.Vendor.Name);
        yaml.Entry("id", attestation.Vendor.Id);
        yaml.EndMapping();
        yaml.Key("product");
        yaml.BeginMapping();
        yaml.Entry("name", attestation.Product.Name);
        yaml.Entry("version", attestation.Product.Version);
        yaml.EndMapping();
        yaml.Entry("date", Date(attestation.Date));
        yaml.Key("signatory");
        yaml.BeginMapping();
        yaml.Entry("name", attestation.Signatory.Name);
        yaml.Entry("role", attestation.Signatory.Role);
        yaml.EndMapping();
        yaml.List("against", attestation.Against);
        yaml.Key("claims");
        yaml.BeginList();
        foreach (var claim in attestation.Claims)
        {
            WriteClaim(yaml, claim);
        }

        yaml.EndList();
        yaml.EndMapping();
        return yaml.Finish();
    }

    private static void WriteClaim(YamlEventWriter yaml, Claim claim)
    {
        yaml.BeginMapping();
        yaml.Entry("control", claim.Control.ToString());
        yaml.Entry("status", AttestationYamlReader.Statuses.Word(claim.Status));
        yaml.Entry("review", claim.Review);
        yaml.Entry("statement", claim.Statement);
        if (!claim.Evidence.IsEmpty)
        {
            yaml.Key("evidence");
            yaml.BeginList();
            foreach (var e in claim.Evidence)
            {
                yaml.BeginMapping();
                yaml.Entry("title", e.Title);
                yaml.Entry("kind", e.Kind == EvidenceKind.Document ? null : AttestationYamlReader.EvidenceKinds.Word(e.Kind));
                yaml.Entry("uri", e.Uri);
                yaml.Entry("path", e.Path);
                yaml.Entry("sha256", e.Sha256);
                yaml.Entry("issued", e.Issued is { } issued ? Date(issued) : null);
                yaml.Entry("expires", e.Expires is { } expires ? Date(expires) : null);
                yaml.EndMapping();
            }

            yaml.EndList();
        }

        if (!claim.Poam.IsEmpty)
        {
            yaml.Key("poam");
            yaml.BeginList();
            foreach (var m in claim.Poam)
            {
                yaml.BeginMapping();
                yaml.Entry("milestone", m.Description);
                yaml.Entry("due", Date(m.Due));
                yaml.EndMapping();
            }

            yaml.EndList();
        }

        yaml.Entry("justification", claim.Justification);
        yaml.Entry("assessor", claim.Assessor);
        yaml.EndMapping();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
