using ProcurementBaseline.Application.Assessment;
using System.Collections.Immutable;
using System.IO.Compression;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// A bundle opened for assessment: verified first, then its attestation read with its evidence from the bundle. It
/// stays open while the submission is assessed (the evidence is read from it), so dispose it afterwards. A bundle whose
/// files do not match its manifest, or whose signature fails, is not assessed; one that is unsigned, or signed only by
/// keys not given, is assessed and recorded as not verified.
/// </summary>
public sealed class BundleSubmission : IDisposable
{
    private static readonly string[] NotBlocking = [DiagnosticCodes.BundleUnsigned.Code, DiagnosticCodes.BundleUntrustedSigner.Code, DiagnosticCodes.BundleNoTrustedSignature.Code];

    private readonly Stream? _stream;
    private readonly ZipArchive? _zip;

    private BundleSubmission(Stream? stream, ZipArchive? zip, BundleVerification verification, LoadedAttestation? submission, ImmutableArray<Diagnostic> problems, BundleJson? record = null)
    {
        _stream = stream;
        _zip = zip;
        Verification = verification;
        Submission = submission;
        Problems = problems;
        Record = record;
    }

    /// <summary>The bundle as the JSON contract records it (file, sha256, verified, signers); null when it was not assessed.</summary>
    public BundleJson? Record { get; }

    public BundleVerification Verification { get; }

    /// <summary>The attestation read from the bundle; null when the bundle may not be assessed.</summary>
    public LoadedAttestation? Submission { get; }

    /// <summary>What stops the bundle being assessed; empty when it can be.</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>Whether an input is a bundle rather than an attestation: a zip, by its name.</summary>
    public static bool IsBundle(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public static BundleSubmission Open(string path, string shown, BundleTrust trust, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines,
        LoadedAttestation.Options options, long maxTotal)
    {
        var diagnostics = new DiagnosticBag();
        return Open(BundleVerifier.Open(path, shown, diagnostics), Path.GetFileName(path), shown, trust, standards, baselines, options, maxTotal, diagnostics);
    }

    /// <summary>Opens a bundle held as a seekable stream (by the registry, say), which the result then owns.</summary>
    public static BundleSubmission Open(Stream bundle, string fileName, string shown, BundleTrust trust, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines,
        LoadedAttestation.Options options, long maxTotal) =>
        Open(bundle, fileName, shown, trust, standards, baselines, options, maxTotal, new DiagnosticBag());

    private static BundleSubmission Open(Stream? stream, string fileName, string shown, BundleTrust trust, StandardsSet standards, IReadOnlyList<ResolvedBaseline> baselines,
        LoadedAttestation.Options options, long maxTotal, DiagnosticBag diagnostics)
    {
        var sha256 = stream is null ? null : Sha256(stream);
        var (zip, entries) = stream is null ? (null, []) : BundleArchive.Open(stream, maxTotal, shown, diagnostics);
        if (zip is null)
        {
            stream?.Dispose();
            return new BundleSubmission(null, null, new BundleVerification(diagnostics.ToImmutableSorted(), null, []), null, diagnostics.ToImmutableSorted());
        }

        var verification = BundleVerifier.Verify(entries, trust, standards, shown, diagnostics);
        var blocking = verification.Diagnostics.Where(d => d.IsError && !NotBlocking.Contains(d.Code)).ToImmutableArray();
        if (!blocking.IsEmpty || verification.Manifest is null)
        {
            return new BundleSubmission(stream, zip, verification, null, verification.Diagnostics);
        }

        var attestation = entries.Single(e => e.Name == verification.Manifest.Attestation);
        var evidence = new EvidenceVerifier(new BundleEvidenceFiles(entries, options.Limits), options.Cancellation) { Profiles = standards.SbomProfiles };
        var submission = LoadedAttestation.Load(BundleArchive.Read(attestation), $"{shown}!{attestation.Name}", evidence, standards, baselines, options);
        var record = new BundleJson(fileName, sha256!, verification.Verified,
            [.. verification.Signatures.Select(s => new SignatureJson(s.KeyId, s.Role, s.Trusted, s.Valid, s.TimestampText, s.TimestampAuthority))]);
        return new BundleSubmission(stream, zip, verification, submission, [], record);
    }

    /// <summary>The sha256 of the whole bundle, streamed, leaving the stream at its start for the zip reader.</summary>
    private static string Sha256(Stream stream)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        stream.Position = 0;
        return hash;
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _stream?.Dispose();
    }
}
