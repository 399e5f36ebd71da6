using System.Collections.Immutable;
using System.Security.Cryptography;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// An attestation read and checked: the attestation (null when it has errors), every diagnostic, its sha256 and its
/// evidence verifier. With an as-of date it also carries the problems of form that assess would turn into findings
/// (<see cref="SubmissionChecks"/>), so validate and assess report the same things with the same codes.
/// </summary>
public sealed record LoadedAttestation(
    string Shown,
    string? Sha256,
    Attestation? Attestation,
    EvidenceVerifier Evidence,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Attestation is null || Diagnostics.Any(d => d.IsError);

    /// <summary>How a submission is read: the date it is judged at (none: form checks that need one are skipped), and the input limits.</summary>
    public sealed record Options(DateOnly? AsOf, InputLimits Limits, CancellationToken Cancellation = default)
    {
        public static Options Undated { get; } = new(null, InputLimits.Default);
    }

    /// <summary>Reads an attestation file on disk, with its evidence in its folder.</summary>
    public static LoadedAttestation Load(string path, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines, string workingDirectory, Options options)
    {
        var shown = DisplayPaths.For(path, workingDirectory);
        var evidence = new EvidenceVerifier(new FolderEvidenceFiles(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, options.Limits), options.Cancellation) { Profiles = standards.SbomProfiles };
        var (bytes, opening) = InputFiles.ReadAll(path, options.Limits.MaxAttestationBytes);
        if (bytes is null)
        {
            var problem = opening.State == InputFileState.Missing
                ? Diagnostic.Create(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(shown), shown)
                : Diagnostic.Create(DiagnosticCodes.NotAnInputFile, SourceLocation.WholeFile(shown), shown, opening.Describe());
            return new LoadedAttestation(shown, null, null, evidence, [problem]);
        }

        return Load(bytes, shown, evidence, standards, baselines, options);
    }

    /// <summary>Reads an attestation from its bytes, with its evidence wherever <paramref name="evidence"/> finds it (a folder, a bundle).</summary>
    public static LoadedAttestation Load(ReadOnlyMemory<byte> bytes, string shown, EvidenceVerifier evidence, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines, Options options)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(shown, diagnostics);
        var attestation = AttestationYamlReader.Read(bytes, context);
        if (attestation is not null)
        {
            var judged = baselines.Count > 0 ? baselines : Named(attestation, standards, diagnostics, shown);
            AttestationChecks.Check(attestation, standards.Catalogs, judged, diagnostics, shown);
            if (options.AsOf is { } asOf)
            {
                SubmissionChecks.Check(attestation, judged, asOf, evidence, diagnostics, shown);
            }

            ReportHardLinks(attestation, evidence, diagnostics);
            ReportSbomSubjects(attestation, evidence, diagnostics);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        return new LoadedAttestation(shown, sha256, diagnostics.HasErrors ? null : attestation, evidence, diagnostics.ToImmutableSorted());
    }

    /// <summary>The baselines an attestation names in 'against'; catalog versions there are fine, anything else is reported.</summary>
    public static List<ResolvedBaseline> Named(Attestation attestation, StandardsSet standards, DiagnosticBag? diagnostics = null, string? file = null)
    {
        var named = new List<ResolvedBaseline>();
        foreach (var name in attestation.Against)
        {
            if (standards.FindBaseline(name) is { } baseline)
            {
                named.Add(baseline);
            }
            else if (standards.Catalogs.Resolve(name) is null)
            {
                diagnostics?.Add(DiagnosticCodes.AttestationUnknownBaseline, SourceLocation.WholeFile(file ?? ""), name);
            }
        }

        return named;
    }

    /// <summary>A PB1912 warning for each SBOM evidence file that describes another product or version than the attestation's.</summary>
    private static void ReportSbomSubjects(Attestation attestation, EvidenceVerifier evidence, DiagnosticBag diagnostics)
    {
        var product = attestation.Product;
        foreach (var item in attestation.Claims.SelectMany(c => c.Evidence).Where(e => e.Kind == EvidenceKind.Sbom && e.Path is not null).DistinctBy(e => e.Path))
        {
            if (!evidence.Check(item).IsGood || evidence.Sbom(item.Path!).Metadata is not { SubjectName: { } name } metadata)
            {
                continue;
            }

            if (!string.Equals(name, product.Name, StringComparison.OrdinalIgnoreCase) || (metadata.SubjectVersion is { } version && version != product.Version))
            {
                diagnostics.Add(DiagnosticCodes.SbomSubjectMismatch, item.Origin ?? SourceLocation.WholeFile(evidence.ToString() ?? ""), item.Path, $"{name} {metadata.SubjectVersion}".TrimEnd(), $"{product.Name} {product.Version}");
            }
        }
    }

    private static void ReportHardLinks(Attestation attestation, EvidenceVerifier evidence, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in attestation.Claims.SelectMany(c => c.Evidence).Where(e => e.Path is not null && EvidencePaths.WhyOutside(e.Path) is null))
        {
            if (seen.Add(item.Path!) && evidence.Inspect(item.Path!) is { State: EvidenceFileState.Present, LinkCount: > 1 } file)
            {
                diagnostics.Add(DiagnosticCodes.EvidenceHardLinked, item.Origin!.Value, item.Path, file.LinkCount);
            }
        }
    }
}
