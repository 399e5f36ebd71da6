namespace ProcurementBaseline.Oscal.Json;

/// <summary>One OSCAL document's bytes and the name it is reported by.</summary>
public sealed record OscalInput(ReadOnlyMemory<byte> Json, string File);

/// <summary>
/// The documents a profile's imports name. The caller decides what an href may reach (files in the profile's folder,
/// documents given on the command line, an upload); the OSCAL library opens nothing itself.
/// </summary>
public interface IOscalDocuments
{
    /// <summary>The document <paramref name="href"/> names, read relative to <paramref name="fromFile"/>; null when there is none.</summary>
    OscalInput? Find(string href, string fromFile);
}

/// <summary>Documents given up front: found by file name (the href's last segment), else the fallback for any href.</summary>
public sealed class GivenOscalDocuments(IEnumerable<OscalInput> documents, OscalInput? fallback = null) : IOscalDocuments
{
    private readonly Dictionary<string, OscalInput> _byName = documents.ToDictionary(d => Path.GetFileName(d.File), StringComparer.Ordinal);

    public OscalInput? Find(string href, string fromFile)
    {
        var name = href.Split('?', '#')[0];
        name = name[(name.LastIndexOf('/') + 1)..];
        return _byName.GetValueOrDefault(name) ?? fallback;
    }
}
