using System.IO.Compression;
using System.Security.Cryptography;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>
/// A submission bundle on disk: a zip whose entries are stored (not compressed) in a fixed order with a fixed time, so
/// the same files give the same bytes. Reading is hostile-safe: every entry's name must be a relative path inside the
/// bundle, no entry may be a link or appear twice, and entry sizes, their total, the number of entries and the
/// compression ratio are all capped before anything is read.
/// </summary>
public static class BundleArchive
{
    public const string ManifestName = "manifest.json";
    public const string SignatureName = "signature.dsse.json";
    public const int MaxEntries = 10_000;
    public const int MaxRatio = 100;

    /// <summary>The zip's fixed entry time: the earliest a zip can record.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes entries in the order given, each stored with the fixed time.</summary>
    public static void Write(Stream output, IEnumerable<(string Name, Action<Stream> Content)> entries)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
            entry.LastWriteTime = FixedTime;
            using var stream = entry.Open();
            content(stream);
        }
    }

    /// <summary>One entry of an opened bundle: its name and length, and a way to read it.</summary>
    public sealed record Entry(string Name, long Length, ZipArchiveEntry Zip);

    /// <summary>
    /// Opens a bundle and checks every entry before anything is read. Returns null (after reporting) when the zip
    /// itself cannot be read or an entry is unsafe; the caller disposes the archive.
    /// </summary>
    public static (ZipArchive? Zip, IReadOnlyList<Entry> Entries) Open(Stream input, long maxTotal, string shown, DiagnosticBag diagnostics)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(DiagnosticCodes.BundleTooLarge, SourceLocation.WholeFile(shown), $"the bundle is not a readable zip ({ex.Message})");
            return (null, []);
        }

        if (zip.Entries.Count > MaxEntries)
        {
            diagnostics.Add(DiagnosticCodes.BundleTooLarge, SourceLocation.WholeFile(shown), $"the bundle has {zip.Entries.Count:N0} entries; at most {MaxEntries:N0} are read");
            zip.Dispose();
            return (null, []);
        }

        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        var safe = true;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            var at = SourceLocation.WholeFile($"{shown}!{name}");
            if (name.EndsWith('/') && entry.Length == 0)
            {
                continue;
            }

            var why = EvidencePaths.WhyOutside(name) ?? (name.Contains('\\', StringComparison.Ordinal) ? "uses '\\' as a separator" : null);
            if (why is not null)
            {
                diagnostics.Add(DiagnosticCodes.BundleUnsafeEntry, at, name, why);
                safe = false;
                continue;
            }

            // Unix file type bits in the upper half of the external attributes: 0xA000 is a symbolic link.
            if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
            {
                diagnostics.Add(DiagnosticCodes.BundleLinkEntry, at, name);
                safe = false;
                continue;
            }

            if (!seen.Add(Normalise(name)))
            {
                diagnostics.Add(DiagnosticCodes.BundleDuplicateEntry, at, name);
                safe = false;
                continue;
            }

            total += entry.Length;
            if (entry.Length < 0 || total > maxTotal)
            {
                diagnostics.Add(DiagnosticCodes.BundleTooLarge, at, $"the bundle's files come to more than {Submissions.InputLimits.Describe(maxTotal)} (--max-bundle-size)");
                safe = false;
                break;
            }

            if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
            {
                diagnostics.Add(DiagnosticCodes.BundleTooLarge, at, $"'{name}' expands {entry.Length / entry.CompressedLength:N0} times; more than {MaxRatio} is taken for a zip bomb");
                safe = false;
                continue;
            }

            entries.Add(new Entry(Normalise(name), entry.Length, entry));
        }

        if (!safe)
        {
            zip.Dispose();
            return (null, []);
        }

        return (zip, entries);
    }

    /// <summary>The sha256 of an entry, reading no more than the length its header claims.</summary>
    public static string Sha256(Entry entry)
    {
        using var stream = entry.Zip.Open();
        using var bounded = new BoundedStream(stream, entry.Length);
        return Convert.ToHexStringLower(SHA256.HashData(bounded));
    }

    /// <summary>An entry's content as a stream that fails past the length its header claims.</summary>
    public static Stream OpenRead(Entry entry) => new BoundedStream(entry.Zip.Open(), entry.Length);

    /// <summary>An entry's bytes (for the small ones: manifest, envelope), reading no more than it claims.</summary>
    public static byte[] Read(Entry entry)
    {
        using var stream = entry.Zip.Open();
        using var bounded = new BoundedStream(stream, entry.Length);
        using var copy = new MemoryStream((int)Math.Min(entry.Length, int.MaxValue));
        bounded.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A relative path as bundles name it: '/' separators, no empty or "." segments, so "./a" and "a" are one entry.</summary>
    public static string Normalise(string name) => string.Join('/', name.Split('/').Where(s => s is not ("" or ".")));

    /// <summary>Fails a read that goes past the length the zip header declared, so a lying header cannot stream without end.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => limit;

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            return _read > limit ? throw new InvalidDataException("a bundle entry holds more bytes than its header declares") : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
