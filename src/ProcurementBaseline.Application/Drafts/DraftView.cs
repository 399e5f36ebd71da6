using System.Collections.Immutable;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>A draft with what it is for: its procurement, the vendor, the baselines it is judged by, and its uploaded files.</summary>
public sealed record DraftView(Draft Draft, Procurement Procurement, Organisation Vendor, IReadOnlyList<ResolvedBaseline> Baselines, IReadOnlyList<DraftFile> Files)
{
    public DraftYaml.Written Yaml(DraftContent? content = null) => DraftYaml.Write(content ?? Draft.Content, Vendor.Name, Vendor.VendorId);
}

/// <summary>
/// A draft read as <c>attest validate</c> reads the attestation it makes: each diagnostic with the form field it
/// belongs to ("" for the draft as a whole), and how many claims are answered.
/// </summary>
public sealed record DraftCheck(ImmutableArray<(string Field, Diagnostic Diagnostic)> Problems, int Answered, int Claims)
{
    public bool HasErrors => Problems.Any(p => p.Diagnostic.IsError);

    public int Warnings => Problems.Count(p => p.Diagnostic.Severity == DiagnosticSeverity.Warning);

    public IEnumerable<Diagnostic> For(string field) => Problems.Where(p => p.Field == field).Select(p => p.Diagnostic);

    /// <summary>Problems of a claim or any of its fields.</summary>
    public int CountWithin(string claim) => Problems.Count(p => p.Field == claim || p.Field.StartsWith(claim + ".", StringComparison.Ordinal));
}

/// <summary>A draft made into a bundle, not yet signed: its manifest, the bytes a signature covers, the unsigned archive, and each file's content by path.</summary>
public sealed record UnsignedBundle(Bundles.BundleManifest Manifest, byte[] Statement, byte[] SignedBytes, byte[] Archive, IReadOnlyDictionary<string, byte[]> Contents)
{
    public string StatementSha256 => Bundles.BundleBuilder.Sha256(Statement);
}
