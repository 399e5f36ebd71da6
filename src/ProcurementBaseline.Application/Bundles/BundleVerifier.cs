using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>One signature of a bundle as verification found it.</summary>
public sealed record VerifiedSignature(string KeyId, string Role, bool Trusted, bool Valid)
{
    /// <summary>When a trusted RFC 3161 timestamp says the signature existed; null without one, or when it did not check.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The subject of the authority that issued <see cref="Timestamp"/>.</summary>
    public string? TimestampAuthority { get; init; }

    /// <summary><see cref="Timestamp"/> as RFC 3339 UTC ("2026-11-20T09:30:00Z").</summary>
    public string? TimestampText => Timestamp?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What verifying a bundle found: every problem, the manifest, and each signature's standing.</summary>
public sealed record BundleVerification(ImmutableArray<Diagnostic> Diagnostics, BundleManifest? Manifest, ImmutableArray<VerifiedSignature> Signatures)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Every file as the manifest pins it, at least one valid signature by a trusted key, and no error.</summary>
    public bool Verified => !HasErrors && Signatures.Any(s => s.Trusted && s.Valid);
}

/// <summary>
/// Verifies a submission bundle offline (issue 18): the zip is checked entry by entry before anything is read, every
/// file against the manifest, every signature against the keys given, and only then the signed statement is parsed,
/// which must name exactly the bundle's files with their digests and the standards the manifest pins. Each problem is a
/// coded diagnostic naming the file or signature at fault.
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(string path, IReadOnlyList<ECDsa> trusted, StandardsSet? standards, long maxTotal, string shown) =>
        Verify(path, BundleTrust.Keys(trusted), standards, maxTotal, shown);

    public static BundleVerification Verify(string path, BundleTrust trust, StandardsSet? standards, long maxTotal, string shown)
    {
        var diagnostics = new DiagnosticBag();
        if (Open(path, shown, diagnostics) is not { } stream)
        {
            return new(diagnostics.ToImmutableSorted(), null, []);
        }

        using var owned = stream;
        var (zip, entries) = BundleArchive.Open(stream, maxTotal, shown, diagnostics);
        using (zip)
        {
            return zip is null ? new(diagnostics.ToImmutableSorted(), null, []) : Verify(entries, trust, standards, shown, diagnostics);
        }
    }

    /// <summary>Opens a bundle the user named, if it is a regular file (a FIFO or a directory is reported, never read).</summary>
    internal static Stream? Open(string path, string shown, DiagnosticBag diagnostics)
    {
        var opening = InputFiles.Open(path);
        if (opening.File is null)
        {
            diagnostics.Add(opening.State == InputFileState.Missing ? DiagnosticCodes.PathNotFound : DiagnosticCodes.NotAnInputFile, SourceLocation.WholeFile(shown),
                opening.State == InputFileState.Missing ? [shown] : [shown, opening.Describe()]);
            return null;
        }

        return opening.File.Stream();
    }

    internal static BundleVerification Verify(IReadOnlyList<BundleArchive.Entry> entries, BundleTrust trust, StandardsSet? standards, string shown, DiagnosticBag diagnostics)
    {
        var (manifest, manifestSha) = Inspect(entries, shown, diagnostics);
        if (manifest is null)
        {
            return new(diagnostics.ToImmutableSorted(), null, []);
        }

        if (standards is not null)
        {
            CheckStandards(manifest, standards, shown, diagnostics);
        }

        var at = SourceLocation.WholeFile($"{shown}!{BundleArchive.SignatureName}");
        if (entries.FirstOrDefault(e => e.Name == BundleArchive.SignatureName) is not { } signatureEntry)
        {
            diagnostics.Add(DiagnosticCodes.BundleUnsigned, SourceLocation.WholeFile(shown));
            return new(diagnostics.ToImmutableSorted(), manifest, []);
        }

        var (envelope, problem) = DsseEnvelope.Parse(BundleArchive.Read(signatureEntry));
        if (envelope is null)
        {
            diagnostics.Add(DiagnosticCodes.BundleBadEnvelope, at, problem);
            return new(diagnostics.ToImmutableSorted(), manifest, []);
        }

        if (envelope.PayloadType != DsseEnvelope.InTotoPayloadType)
        {
            diagnostics.Add(DiagnosticCodes.BundleWrongPayloadType, at, envelope.PayloadType);
            return new(diagnostics.ToImmutableSorted(), manifest, []);
        }

        var keys = trust.TrustedKeys.ToLookup(SigningKeys.KeyId);
        var signatures = ImmutableArray.CreateBuilder<VerifiedSignature>();
        for (var i = 0; i < envelope.Signatures.Length; i++)
        {
            var signature = envelope.Signatures[i];
            var label = $"#{i + 1} ({signature.Role})";
            var key = keys[signature.KeyId].FirstOrDefault();
            var timestamp = SignatureTimestamps.Check(signature, trust.Roots);
            if (timestamp.Problem is not null)
            {
                diagnostics.Add(timestamp.Checked ? DiagnosticCodes.BundleTimestampInvalid : DiagnosticCodes.BundleTimestampUnchecked, at, label, timestamp.Problem);
            }

            var (certified, chainProblem) = key is null ? trust.ThroughChain(signature, timestamp.Time) : (null, null);
            using var owned = certified;
            key ??= certified;
            var valid = key is not null && envelope.Verifies(signature, key);
            signatures.Add(new VerifiedSignature(signature.KeyId, signature.Role, key is not null, valid) { Timestamp = timestamp.Time, TimestampAuthority = timestamp.IsGood ? timestamp.Authority : null });
            if (chainProblem is not null)
            {
                diagnostics.Add(DiagnosticCodes.BundleCertificateUntrusted, at, label, chainProblem);
            }
            else if (key is null)
            {
                diagnostics.Add(DiagnosticCodes.BundleUntrustedSigner, at, label, Short(signature.KeyId));
            }
            else if (!valid)
            {
                diagnostics.Add(DiagnosticCodes.BundleBadSignature, at, label, Short(signature.KeyId));
            }
        }

        if (!signatures.Any(s => s.Trusted))
        {
            diagnostics.Add(DiagnosticCodes.BundleNoTrustedSignature, at, envelope.Signatures.Length);
        }

        // The payload is read only once a trusted signature vouches for it.
        if (signatures.Any(s => s.Valid))
        {
            var expected = SubmissionStatement.For(manifest, manifestSha!);
            if (!envelope.Payload.AsSpan().SequenceEqual(expected))
            {
                diagnostics.Add(DiagnosticCodes.BundleStatementMismatch, at, Mismatch(envelope.Payload, expected));
            }
        }

        return new(diagnostics.ToImmutableSorted(), manifest, signatures.ToImmutable());
    }

    /// <summary>
    /// Reads the manifest and checks every file against it: each listed file present with its digest, nothing unlisted
    /// but the signature. Returns the manifest and its sha256, or nulls when it cannot be read.
    /// </summary>
    internal static (BundleManifest? Manifest, string? Sha256) Inspect(IReadOnlyList<BundleArchive.Entry> entries, string shown, DiagnosticBag diagnostics)
    {
        if (entries.FirstOrDefault(e => e.Name == BundleArchive.ManifestName) is not { } manifestEntry)
        {
            diagnostics.Add(DiagnosticCodes.BundleNoManifest, SourceLocation.WholeFile(shown));
            return (null, null);
        }

        var bytes = BundleArchive.Read(manifestEntry);
        var (manifest, problem) = BundleManifest.Parse(bytes);
        var at = SourceLocation.WholeFile($"{shown}!{BundleArchive.ManifestName}");
        if (manifest is null)
        {
            diagnostics.Add(DiagnosticCodes.BundleBadManifest, at, problem);
            return (null, null);
        }

        var byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (!byName.TryGetValue(file.Path, out var entry))
            {
                diagnostics.Add(DiagnosticCodes.BundleFileMissing, at, file.Path);
            }
            else if (BundleArchive.Sha256(entry) is var sha && !string.Equals(sha, file.Sha256, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.BundleDigestMismatch, SourceLocation.WholeFile($"{shown}!{file.Path}"), file.Path, sha, file.Sha256);
            }
        }

        var listed = manifest.Files.Select(f => f.Path).Append(BundleArchive.ManifestName).Append(BundleArchive.SignatureName).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in entries.Where(e => !listed.Contains(e.Name)))
        {
            diagnostics.Add(DiagnosticCodes.BundleUnlistedFile, SourceLocation.WholeFile($"{shown}!{extra.Name}"), extra.Name);
        }

        if (manifest.Files.Count(f => f.Role == BundleFile.AttestationRole) != 1 || manifest.Files.All(f => f.Path != manifest.Attestation))
        {
            diagnostics.Add(DiagnosticCodes.BundleBadManifest, at, "does not name exactly one attestation among its files");
        }

        return (manifest, BundleBuilder.Sha256(bytes));
    }

    /// <summary>PB1816 for pinned standards these standards do not hold; PB1817 where the same id holds other bytes.</summary>
    private static void CheckStandards(BundleManifest manifest, StandardsSet standards, string shown, DiagnosticBag diagnostics)
    {
        var loaded = standards.Pins.ToDictionary(p => (p.Kind, p.Id));
        var at = SourceLocation.WholeFile($"{shown}!{BundleArchive.ManifestName}");
        foreach (var pin in manifest.Standards)
        {
            if (!loaded.TryGetValue((pin.Kind, pin.Id), out var have))
            {
                diagnostics.Add(DiagnosticCodes.BundleUnknownStandards, at, pin.Kind, pin.Id);
            }
            else if (!string.Equals(have.Sha256, pin.Sha256, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.BundleStandardsChanged, at, pin.Kind, pin.Id, Short(pin.Sha256), Short(have.Sha256));
            }
        }
    }

    /// <summary>Why a signed payload is not this bundle's statement, read only after its signature verified.</summary>
    private static string Mismatch(byte[] payload, byte[] expected)
    {
        try
        {
            return CanonicalJson.Parse(payload) is JsonObject statement && (string?)statement["_type"] != SubmissionStatement.StatementType
                ? $"the signed payload is a statement of type '{statement["_type"]}', not an in-toto Statement v1"
                : "the signed statement names other files, digests or standards than the bundle holds: the bundle changed after it was signed";
        }
        catch (System.Text.Json.JsonException ex)
        {
            return $"the signed payload is not valid JSON ({ex.Message})";
        }
    }

    private static string Short(string hex) => hex.Length > 16 ? hex[..16] : hex;
}
