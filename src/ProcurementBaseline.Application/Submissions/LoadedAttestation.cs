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

/// <summary>An attestation file read and checked: the attestation (null when it has errors), its diagnostics, its sha256 and its evidence verifier.</summary>
public sealed record LoadedAttestation(
    string Path,
    string Shown,
    string? Sha256,
    Attestation? Attestation,
    FileEvidenceVerifier Evidence,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Attestation is null || Diagnostics.Any(d => d.IsError);

    /// <summary>Reads and checks one file, against the given baselines (or, when none, those the attestation names).</summary>
    public static LoadedAttestation Load(string path, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines, string workingDirectory)
    {
        var shown = DisplayPaths.For(path, workingDirectory);
        var diagnostics = new DiagnosticBag();
        var verifier = new FileEvidenceVerifier(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(shown), ex.Message);
            return new LoadedAttestation(path, shown, null, null, verifier, diagnostics.ToImmutableSorted());
        }

        var context = new ReadContext(shown, diagnostics);
        var attestation = AttestationYamlReader.Read(YamlDocument.Parse(bytes, context), context);
        if (attestation is not null)
        {
            AttestationChecks.Check(attestation, standards.Catalogs, baselines.Count > 0 ? baselines : Named(attestation, standards, diagnostics, shown), diagnostics, shown);
            CheckEvidenceFiles(attestation, verifier, diagnostics);
        }

        return new LoadedAttestation(path, shown, Convert.ToHexStringLower(SHA256.HashData(bytes)), diagnostics.HasErrors ? null : attestation, verifier, diagnostics.ToImmutableSorted());
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

    private static void CheckEvidenceFiles(Attestation attestation, FileEvidenceVerifier verifier, DiagnosticBag diagnostics)
    {
        foreach (var evidence in attestation.Claims.SelectMany(c => c.Evidence).Where(e => e.Path is not null))
        {
            var at = evidence.Origin!.Value;
            var (state, hash) = verifier.Inspect(evidence.Path!);
            switch (state)
            {
                case EvidenceFileState.Missing:
                    diagnostics.Add(DiagnosticCodes.EvidenceMissing, at, evidence.Path);
                    break;
                case EvidenceFileState.OutsideFolder:
                    diagnostics.Add(DiagnosticCodes.EvidencePathEscapes, at, evidence.Path, "leads outside the folder through a symbolic link");
                    break;
                case EvidenceFileState.Present when evidence.Sha256 is { } expected && hash != expected:
                    diagnostics.Add(DiagnosticCodes.EvidenceHashMismatch, at, evidence.Path, hash, expected);
                    break;
            }
        }
    }
}
