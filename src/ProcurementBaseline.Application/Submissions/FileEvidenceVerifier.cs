using System.Collections.Concurrent;
using System.Security.Cryptography;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Checks evidence files next to an attestation: inside its folder once symbolic links are followed, present, and
/// matching their sha256. Each file is hashed once.
/// </summary>
public sealed class FileEvidenceVerifier(string attestationFolder) : IEvidenceVerifier
{
    private readonly string _root = RealPath(Path.GetFullPath(attestationFolder));
    private readonly ConcurrentDictionary<string, (EvidenceFileState State, string? Hash)> _files = new(StringComparer.Ordinal);

    public EvidenceFileState Check(Evidence evidence)
    {
        if (evidence.Path is null)
        {
            return EvidenceFileState.NotAFile;
        }

        var (state, hash) = Inspect(evidence.Path);
        return state == EvidenceFileState.Present && evidence.Sha256 is { } expected && !string.Equals(hash, expected, StringComparison.Ordinal)
            ? EvidenceFileState.HashMismatch
            : state;
    }

    /// <summary>The file's state and lower-case sha256, for diagnostics.</summary>
    public (EvidenceFileState State, string? Hash) Inspect(string relativePath) => _files.GetOrAdd(relativePath, path =>
    {
        if (EvidencePaths.WhyOutside(path) is not null)
        {
            return (EvidenceFileState.OutsideFolder, null);
        }

        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!File.Exists(full))
        {
            return (EvidenceFileState.Missing, null);
        }

        var real = RealPath(full);
        if (!real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (EvidenceFileState.OutsideFolder, null);
        }

        using var stream = File.OpenRead(real);
        return (EvidenceFileState.Present, Convert.ToHexStringLower(SHA256.HashData(stream)));
    });

    /// <summary>The path with every symbolic link on it followed, so a link cannot lead out of the folder.</summary>
    private static string RealPath(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(path) ?? "/";
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            current = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : next;
        }

        return current;
    }
}
