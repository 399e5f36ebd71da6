using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Application.Oscal;

/// <summary>Reads OSCAL documents from disk for the importers and the validator: regular files only, within a size limit.</summary>
public static class OscalFiles
{
    /// <summary>Eighty times the SP 800-53 catalog, NIST's largest: room for any real document, a bound on memory for a hostile one.</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>The document's bytes, or null with PB0003 (too large, unreadable) or PB0001 (missing) reported.</summary>
    public static OscalInput? Read(string path, string shown, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        var (bytes, opening) = InputFiles.ReadAll(path, maxBytes);
        if (bytes is not null)
        {
            return new OscalInput(bytes, shown);
        }

        if (opening.State == InputFileState.Missing)
        {
            diagnostics.Add(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(shown), shown);
        }
        else
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(shown), opening.State == InputFileState.TooLarge ? $"it is larger than {InputLimits.Describe(maxBytes)}" : opening.Describe());
        }

        return null;
    }
}

/// <summary>
/// The documents a profile's imports may reach: relative hrefs resolved strictly inside the profile's folder (no '..'
/// or link out of it), and the documents given by the caller, found by file name, for URLs and anything else. An href
/// that reaches neither is the caller's fallback document (the OSCAL catalog named on the command line), if any.
/// </summary>
public sealed class FolderOscalDocuments(string folder, string workingDirectory, IReadOnlyList<OscalInput> given, OscalInput? fallback) : IOscalDocuments
{
    private readonly GivenOscalDocuments _given = new(given);

    public OscalInput? Find(string href, string fromFile)
    {
        if (_given.Find(href, fromFile) is { } named)
        {
            return named;
        }

        var path = href.Split('?', '#')[0];
        if (path.Length > 0 && !Uri.TryCreate(path, UriKind.Absolute, out _) && !Path.IsPathRooted(path))
        {
            var from = Path.GetDirectoryName(Path.GetFullPath(fromFile, workingDirectory)) ?? folder;
            var relative = Path.GetRelativePath(folder, Path.GetFullPath(Uri.UnescapeDataString(path), from));
            var opening = InputFiles.OpenBeneath(folder, relative);
            if (opening.File is { } file)
            {
                using (file)
                {
                    if (file.ReadAll(OscalFiles.MaxBytes) is { } bytes)
                    {
                        return new OscalInput(bytes, DisplayPaths.For(Path.Combine(folder, relative), workingDirectory));
                    }
                }
            }
        }

        return fallback;
    }
}
