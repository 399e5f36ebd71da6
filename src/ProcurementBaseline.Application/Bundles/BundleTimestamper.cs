using System.Collections.Immutable;
using System.Security.Cryptography.Pkcs;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// RFC 3161 timestamps for a signed bundle, in two steps around the caller's own time-stamping authority: the request
/// for one signature, then the token the authority answered, attached to the signature it is over. Attaching changes
/// no signed byte; the bundle is rewritten to a temporary file and renamed into place.
/// </summary>
public static class BundleTimestamper
{
    /// <summary>The TimeStampReq for signature <paramref name="number"/> (1-based) of the bundle.</summary>
    public static (byte[]? Request, ImmutableArray<Diagnostic> Diagnostics) Request(string path, int number, long maxTotal, string shown)
    {
        byte[]? request = null;
        var diagnostics = WithEnvelope(path, maxTotal, shown, (_, envelope, at, bag) =>
        {
            if (number < 1 || number > envelope.Signatures.Length)
            {
                bag.Add(DiagnosticCodes.BundleBadEnvelope, at, $"has {envelope.Signatures.Length} signature(s), so there is no signature #{number}");
                return;
            }

            request = SignatureTimestamps.Request(envelope.Signatures[number - 1]);
        });
        return (request, diagnostics);
    }

    /// <summary>Attaches the token in <paramref name="response"/> (a token or a TSA's response) to the signature it is over.</summary>
    public static ImmutableArray<Diagnostic> Attach(string path, string output, byte[] response, string responseShown, long maxTotal, string shown) =>
        WithEnvelope(path, maxTotal, shown, (entries, envelope, at, bag) =>
        {
            var (token, problem) = SignatureTimestamps.ReadToken(response);
            if (token is null)
            {
                bag.Add(DiagnosticCodes.BundleTimestampUnmatched, SourceLocation.WholeFile(responseShown), responseShown, problem);
                return;
            }

            var index = SignatureOf(token, envelope);
            if (index < 0)
            {
                bag.Add(DiagnosticCodes.BundleTimestampUnmatched, SourceLocation.WholeFile(responseShown), responseShown,
                    "its imprint is the hash of none of them, or its authority's signature does not verify");
                return;
            }

            var signatures = envelope.Signatures.SetItem(index, envelope.Signatures[index] with { Timestamp = token });
            BundleSigner.WriteWithEnvelope(output, entries, envelope with { Signatures = signatures });
        });

    /// <summary>The index of the signature whose hash the token's imprint is, by an authority whose signature verifies; -1 for none.</summary>
    private static int SignatureOf(byte[] token, DsseEnvelope envelope)
    {
        Rfc3161TimestampToken.TryDecode(token, out var decoded, out _);
        for (var i = 0; i < envelope.Signatures.Length; i++)
        {
            if (decoded!.VerifySignatureForData(envelope.Signatures[i].Sig, out var authority))
            {
                authority?.Dispose();
                return i;
            }
        }

        return -1;
    }

    private static ImmutableArray<Diagnostic> WithEnvelope(string path, long maxTotal, string shown, Action<IReadOnlyList<BundleArchive.Entry>, DsseEnvelope, SourceLocation, DiagnosticBag> action)
    {
        var diagnostics = new DiagnosticBag();
        if (BundleVerifier.Open(path, shown, diagnostics) is not { } opened)
        {
            return diagnostics.ToImmutableSorted();
        }

        using var stream = opened;
        var (zip, entries) = BundleArchive.Open(stream, maxTotal, shown, diagnostics);
        using (zip)
        {
            if (zip is null)
            {
                return diagnostics.ToImmutableSorted();
            }

            var at = SourceLocation.WholeFile($"{shown}!{BundleArchive.SignatureName}");
            if (entries.FirstOrDefault(e => e.Name == BundleArchive.SignatureName) is not { } signature)
            {
                diagnostics.Add(DiagnosticCodes.BundleUnsigned, SourceLocation.WholeFile(shown));
                return diagnostics.ToImmutableSorted();
            }

            var (envelope, problem) = DsseEnvelope.Parse(BundleArchive.Read(signature));
            if (envelope is null)
            {
                diagnostics.Add(DiagnosticCodes.BundleBadEnvelope, at, problem);
                return diagnostics.ToImmutableSorted();
            }

            action(entries, envelope, at, diagnostics);
        }

        return diagnostics.ToImmutableSorted();
    }
}
