using ProcurementBaseline.Text;
using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Yaml.Baselines;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Attestations;

/// <summary>
/// Reads a vendor attestation: one product submission with its claims. It checks the file itself (fields, status
/// words, dates, hashes, duplicate claims, evidence paths that leave the folder); checks against catalogs and
/// baselines are <see cref="AttestationChecks"/>' job, and files on disk the caller's.
/// </summary>
public static class AttestationYamlReader
{
    public const string Kind = "attestation";

    public static EnumWords<ClaimStatus> Statuses { get; } = new(
        ("implemented", ClaimStatus.Implemented), ("partially-implemented", ClaimStatus.PartiallyImplemented), ("planned", ClaimStatus.Planned),
        ("not-implemented", ClaimStatus.NotImplemented), ("not-applicable", ClaimStatus.NotApplicable));

    private static readonly MappingReader.KeySet TopKeys = new("kind", "schema-version", "vendor", "product", "date", "signatory", "against", "claims");
    private static readonly MappingReader.KeySet VendorKeys = new("name", "id");
    private static readonly MappingReader.KeySet ProductKeys = new("name", "version");
    private static readonly MappingReader.KeySet SignatoryKeys = new("name", "role");
    private static readonly MappingReader.KeySet ClaimKeys = new("control", "status", "statement", "evidence", "poam", "justification", "assessor", "review");
    private static readonly MappingReader.KeySet EvidenceKeys = new("title", "kind", "uri", "path", "sha256", "issued", "expires");
    private static readonly MappingReader.KeySet MilestoneKeys = new("milestone", "due");

    public static LoadResult<Attestation> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var attestation = Read(bytes, context);
        return new LoadResult<Attestation>(diagnostics.HasErrors ? null : attestation, diagnostics.ToImmutableSorted());
    }

    /// <summary>Reads an attestation from its bytes, claim by claim as they are parsed, so its size in memory is the claims' and not a tree's.</summary>
    public static Attestation? Read(ReadOnlyMemory<byte> bytes, ReadContext context)
    {
        var seen = new Dictionary<ControlKey, SourceLocation>();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var root = YamlDocument.Parse(bytes, context, "claims", item =>
        {
            if (ReadClaim(item, context, seen) is { } claim)
            {
                claims.Add(claim);
            }
        });
        return Read(root, context, claims.ToImmutable(), seen);
    }

    public static Attestation? Read(YNode? root, ReadContext context) => Read(root, context, [], []);

    private static Attestation? Read(YNode? root, ReadContext context, ImmutableArray<Claim> streamed, Dictionary<ControlKey, SourceLocation> seen)
    {
        if (MappingReader.Open(root, "attestation", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return null;
        }

        var vendor = MappingReader.Open(top.Required("vendor"), "vendor", context, VendorKeys) is { } v ? (v.RequiredString("name"), v.OptionalString("id")) : (null, null);
        var product = MappingReader.Open(top.Required("product"), "product", context, ProductKeys) is { } p ? (p.RequiredString("name"), p.RequiredString("version")) : (null, null);
        var signatory = MappingReader.Open(top.Required("signatory"), "signatory", context, SignatoryKeys) is { } s ? (s.RequiredString("name"), s.OptionalString("role")) : (null, null);
        var date = YamlValues.ReadDate(top.Required("date"), "date", context);
        var against = YamlValues.ReadStringList(top.Optional("against"), "against", context);
        var claimsNode = top.Required("claims");
        var claims = claimsNode is YSequence { IsStreamed: true } ? streamed : YamlValues.ReadList(claimsNode, "claims", context, n => ReadClaim(n, context, seen));
        // Even with errors in the header, the claims are returned so that checks against the catalogs can report
        // their problems in the same run; the errors already reported keep the attestation from being assessed.
        return new Attestation
        {
            Vendor = new Party(vendor.Item1 ?? "", vendor.Item2),
            Product = new Product(product.Item1 ?? "", product.Item2 ?? ""),
            Signatory = new Signatory(signatory.Item1 ?? "", signatory.Item2),
            Date = date ?? DateOnly.MinValue,
            DateOrigin = top.Optional("date") is { } dateNode ? context.At(dateNode) : null,
            AgainstOrigin = top.Node.Entries.FirstOrDefault(e => e.Key.Value == "against").Key is { } againstKey ? context.At(againstKey) : context.At(top.Node),
            Against = against,
            Claims = claims,
        };
    }

    private static Claim? ReadClaim(YNode node, ReadContext context, Dictionary<ControlKey, SourceLocation> seen)
    {
        if (MappingReader.Open(node, "claim", context, ClaimKeys) is not { } claim)
        {
            return null;
        }

        var controlNode = claim.Required("control");
        var control = controlNode is null ? null : BaselineYamlReader.Key(controlNode, "control", context);
        var status = YamlValues.ReadEnum(claim.Required("status"), "status", context, Statuses);
        var evidence = YamlValues.ReadList(claim.Optional("evidence"), "evidence", context, n => ReadEvidence(n, context));
        var poam = YamlValues.ReadList(claim.Optional("poam"), "poam", context, n => ReadMilestone(n, context));
        var justification = claim.OptionalString("justification");
        if (control is { } key && !seen.TryAdd(key, context.At(node)))
        {
            context.Report(DiagnosticCodes.DuplicateClaim, node, key, seen[key]);
            return null;
        }

        if (status == ClaimStatus.NotApplicable && justification is null)
        {
            context.Report(DiagnosticCodes.ClaimMissingDetail, node, $"{control} is claimed not applicable without a justification");
        }

        if (status is ClaimStatus.Planned && poam.IsEmpty)
        {
            context.Report(DiagnosticCodes.ClaimMissingDetail, node, $"{control} is claimed planned without a plan of action (poam)");
        }

        if (control is null || status is null)
        {
            return null;
        }

        return new Claim
        {
            Control = control.Value,
            Status = status.Value,
            Statement = claim.OptionalString("statement"),
            Evidence = evidence,
            Poam = poam,
            Justification = justification,
            Assessor = claim.OptionalString("assessor"),
            Review = claim.OptionalString("review"),
            Origin = context.At(node),
        };
    }

    /// <summary>The words for evidence kinds: document (the default), sbom, vex.</summary>
    public static EnumWords<EvidenceKind> EvidenceKinds { get; } = new(("document", EvidenceKind.Document), ("sbom", EvidenceKind.Sbom), ("vex", EvidenceKind.Vex));

    private static Evidence? ReadEvidence(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "evidence", context, EvidenceKeys) is not { } evidence)
        {
            return null;
        }

        var title = evidence.RequiredString("title");
        var kind = evidence.Optional("kind") is { } k ? YamlValues.ReadEnum(k, "kind", context, EvidenceKinds) : EvidenceKind.Document;
        var uri = evidence.OptionalString("uri");
        var pathNode = evidence.Optional("path");
        var path = YamlValues.ReadString(pathNode, "path", context);
        var shaNode = evidence.Optional("sha256");
        var sha = YamlValues.ReadString(shaNode, "sha256", context);
        var issued = evidence.Optional("issued") is { } i ? YamlValues.ReadDate(i, "issued", context) : null;
        var expires = evidence.Optional("expires") is { } e ? YamlValues.ReadDate(e, "expires", context) : null;
        if (uri is null && path is null)
        {
            context.Report(DiagnosticCodes.MissingField, node, "evidence", "uri or path");
        }

        if (path is not null && EvidencePaths.WhyOutside(path) is { } why)
        {
            context.Report(DiagnosticCodes.EvidencePathEscapes, pathNode!, path, why);
            path = null;
        }

        if (sha is not null && !(sha.Length == 64 && sha.All(char.IsAsciiHexDigit)))
        {
            context.Report(DiagnosticCodes.BadEvidenceHash, shaNode!, sha);
            sha = null;
        }

        return title is null ? null : new Evidence
        {
            Title = title,
            Kind = kind ?? EvidenceKind.Document,
            Uri = uri,
            Path = path,
            Sha256 = sha?.ToLowerInvariant(),
            Issued = issued,
            Expires = expires,
            Origin = context.At(node),
        };
    }

    private static Milestone? ReadMilestone(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "poam", context, MilestoneKeys) is not { } milestone)
        {
            return null;
        }

        var description = milestone.RequiredString("milestone");
        var due = YamlValues.ReadDate(milestone.Required("due"), "due", context);
        return description is null || due is null ? null : new Milestone(description, due.Value);
    }
}
