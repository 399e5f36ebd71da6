using System.Collections.Immutable;
using System.Security.Cryptography;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// Signs a bundle: the in-toto statement of its files and pinned standards, in a DSSE envelope stored as the bundle's
/// last entry. A second signer (a reviewer countersigning) adds a signature over the same payload; if the bundle's files
/// no longer match what was signed first, nothing is signed. The bundle is rewritten to a temporary file and renamed
/// into place, its other entries copied byte for byte.
/// </summary>
public static class BundleSigner
{
    public static ImmutableArray<Diagnostic> Sign(string path, string output, ECDsa key, string role, long maxTotal, string shown, ImmutableArray<byte[]> certificates = default)
    {
        var diagnostics = new DiagnosticBag();
        if (BundleVerifier.Open(path, shown, diagnostics) is not { } opened)
        {
            return diagnostics.ToImmutableSorted();
        }

        using (var stream = opened)
        {
            var (zip, entries) = BundleArchive.Open(stream, maxTotal, shown, diagnostics);
            using (zip)
            {
                if (zip is null)
                {
                    return diagnostics.ToImmutableSorted();
                }

                var (manifest, manifestSha) = BundleVerifier.Inspect(entries, shown, diagnostics);
                if (manifest is null || diagnostics.HasErrors)
                {
                    return diagnostics.ToImmutableSorted();
                }

                var statement = SubmissionStatement.For(manifest, manifestSha!);
                var envelope = new DsseEnvelope(DsseEnvelope.InTotoPayloadType, statement, []);
                if (entries.FirstOrDefault(e => e.Name == BundleArchive.SignatureName) is { } existing)
                {
                    var at = SourceLocation.WholeFile($"{shown}!{BundleArchive.SignatureName}");
                    var (held, problem) = DsseEnvelope.Parse(BundleArchive.Read(existing));
                    if (held is null || held.PayloadType != DsseEnvelope.InTotoPayloadType || !held.Payload.AsSpan().SequenceEqual(statement))
                    {
                        diagnostics.Add(DiagnosticCodes.BundleStatementMismatch, at, problem is null
                            ? "the bundle's files or pinned standards changed since it was first signed, so a further signature would not be over what the first signer signed"
                            : $"the existing signature.dsse.json {problem}");
                        return diagnostics.ToImmutableSorted();
                    }

                    if (held.Signatures.Any(s => s.KeyId == SigningKeys.KeyId(key)))
                    {
                        diagnostics.Add(DiagnosticCodes.BundleBadEnvelope, at, $"already holds a signature by key {SigningKeys.KeyId(key)[..16]}");
                        return diagnostics.ToImmutableSorted();
                    }

                    envelope = held;
                }

                WriteWithEnvelope(output, entries, envelope with { Signatures = [.. envelope.Signatures, envelope.Sign(key, role, certificates)] });
            }
        }

        return diagnostics.ToImmutableSorted();
    }

    /// <summary>The bundle rewritten with <paramref name="envelope"/> as its signature, every other entry copied byte for byte.</summary>
    internal static void WriteWithEnvelope(string output, IReadOnlyList<BundleArchive.Entry> entries, DsseEnvelope envelope)
    {
        var signed = envelope.ToBytes();
        AtomicFileWriter.Write(Path.GetFullPath(output), target =>
        {
            BundleArchive.Write(target, entries.Where(e => e.Name != BundleArchive.SignatureName).Select(e => (e.Name, (Action<Stream>)(destination =>
            {
                using var source = e.Zip.Open();
                source.CopyTo(destination);
            }))).Append((BundleArchive.SignatureName, destination => destination.Write(signed))));
            return true;
        });
    }
}
