using System.Collections.Immutable;
using System.Security.Cryptography;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// Makes a submission bundle from an attestation on disk: the attestation, every evidence file it names (read strictly
/// beneath its folder), and a manifest pinning each file and the standards it was written against: the baselines it is
/// judged by, the catalogs they select from or it claims controls of, and the crosswalks among those catalogs. The
/// same inputs give the same bytes. Nothing is written when the attestation has errors or an evidence file is missing
/// or does not match the sha256 the attestation gives.
/// </summary>
public static class BundleBuilder
{
    public static ImmutableArray<Diagnostic> Build(string attestationPath, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines,
        string workingDirectory, string output, InputLimits limits, CancellationToken cancellation = default)
    {
        var loaded = LoadedAttestation.Load(attestationPath, standards, baselines, workingDirectory, LoadedAttestation.Options.Undated with { Limits = limits });
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.HasErrors)
        {
            return diagnostics.ToImmutableSorted();
        }

        var attestation = loaded.Attestation!;
        var folder = Path.GetDirectoryName(Path.GetFullPath(attestationPath))!;
        var name = Path.GetFileName(attestationPath);
        var files = new List<BundleFile> { new(name, BundleFile.AttestationRole, new FileInfo(attestationPath).Length, loaded.Sha256!) };
        foreach (var evidence in attestation.Claims.SelectMany(c => c.Evidence).Where(e => e.Path is not null).DistinctBy(e => e.Path, StringComparer.Ordinal))
        {
            var at = evidence.Origin ?? SourceLocation.WholeFile(loaded.Shown);
            var opening = InputFiles.OpenBeneath(folder, evidence.Path!);
            using var file = opening.File;
            var sha = file?.Sha256(limits.MaxEvidenceBytes, cancellation);
            if (file is null || sha is null)
            {
                diagnostics.Add(DiagnosticCodes.BundleEvidenceUnusable, at, evidence.Path, file is null ? opening.Describe() : $"is over the {InputLimits.Describe(limits.MaxEvidenceBytes)} limit");
            }
            else if (evidence.Sha256 is { } pinned && !string.Equals(pinned, sha, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticCodes.BundleEvidenceUnusable, at, evidence.Path, $"has sha256 {sha}, not the {pinned} the attestation gives");
            }
            else
            {
                files.Add(new BundleFile(BundleArchive.Normalise(evidence.Path!), BundleFile.EvidenceRole, file.Length, sha));
            }
        }

        if (diagnostics.HasErrors)
        {
            return diagnostics.ToImmutableSorted();
        }

        var judged = baselines.Count > 0 ? baselines : LoadedAttestation.Named(attestation, standards);
        var manifest = Manifest(attestation, files[0], files.Skip(1), judged, standards);
        var written = AtomicFileWriter.Write(Path.GetFullPath(output, workingDirectory), stream =>
        {
            var intact = true;
            WriteArchive(stream, manifest, (f, entry) =>
            {
                using var source = InputFiles.OpenBeneath(folder, f.Role == BundleFile.AttestationRole ? name : f.Path).File;
                intact &= source?.CopyTo(entry, limits.MaxEvidenceBytes, cancellation) == f.Sha256;
            });
            return intact;
        });
        if (!written)
        {
            diagnostics.Add(DiagnosticCodes.BundleEvidenceUnusable, SourceLocation.WholeFile(loaded.Shown), name, "or one of its evidence files changed while the bundle was written; nothing was written");
        }

        return diagnostics.ToImmutableSorted();
    }

    /// <summary>The manifest of a bundle: the attestation first, its evidence files by path, and the standards it pins.</summary>
    public static BundleManifest Manifest(Attestations.Attestation attestation, BundleFile attestationFile, IEnumerable<BundleFile> evidence,
        IReadOnlyList<ResolvedBaseline> judged, StandardsSet standards) =>
        new(attestationFile.Path, attestation.Vendor.Name, attestation.Product.Name, attestation.Product.Version,
            attestation.Signatory.Role is { } role ? $"{attestation.Signatory.Name}, {role}" : attestation.Signatory.Name,
            attestation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [attestationFile, .. evidence.OrderBy(f => f.Path, StringComparer.Ordinal)],
            Pins(attestation, judged, standards));

    /// <summary>Writes a bundle's entries: the manifest, each file's content, and the signature envelope when there is one.</summary>
    public static void WriteArchive(Stream output, BundleManifest manifest, Action<BundleFile, Stream> content, Signing.DsseEnvelope? envelope = null)
    {
        var entries = manifest.Files.Select(f => (f.Path, (Action<Stream>)(entry => content(f, entry))))
            .Prepend((BundleArchive.ManifestName, entry => entry.Write(manifest.ToBytes())));
        BundleArchive.Write(output, envelope is null ? entries : entries.Append((BundleArchive.SignatureName, entry => entry.Write(envelope.ToBytes()))));
    }

    /// <summary>The standards the attestation was written against, in a stable order.</summary>
    public static ImmutableArray<StandardsPin> Pins(Attestations.Attestation attestation, IReadOnlyList<ResolvedBaseline> baselines, StandardsSet standards)
    {
        var catalogs = baselines.SelectMany(b => b.Baseline.Catalogs).Concat(attestation.Claims.Select(c => c.Control.Catalog)).Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        var crosswalks = standards.Crosswalks.Where(c => catalogs.Contains(c.Source.ToString()) && catalogs.Contains(c.Target.ToString())).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var named = baselines.Select(b => $"{b.Baseline.Id}@{b.Baseline.Version}").ToHashSet(StringComparer.Ordinal);
        return [.. standards.Pins
            .Where(p => p.Kind switch
            {
                StandardsPin.Catalog => catalogs.Contains(p.Id),
                StandardsPin.Crosswalk => crosswalks.Contains(p.Id),
                _ => named.Contains(p.Id),
            })
            .OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>The sha256 of a byte array, as manifests write it.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
