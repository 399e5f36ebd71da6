namespace ProcurementBaseline.Application.Assessment;

/// <summary>Where a submission's outputs go: a folder on disk for the command line, storage for the server.</summary>
public interface IOutputSink
{
    /// <summary>Writes one output by streaming it; when <paramref name="write"/> returns false nothing is kept. True when written.</summary>
    bool Write(string name, Func<Stream, bool> write);
}

/// <summary>Outputs as files in a folder, each written to a temporary file and renamed into place.</summary>
public sealed class FolderOutputSink(string folder) : IOutputSink
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public bool Write(string name, Func<Stream, bool> write) => IO.AtomicFileWriter.Write(Path.Combine(Folder, name), write);
}

/// <summary>Outputs kept in memory by name, for the registry to store.</summary>
public sealed class MemoryOutputSink : IOutputSink
{
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public bool Write(string name, Func<Stream, bool> write)
    {
        using var buffer = new MemoryStream();
        if (!write(buffer))
        {
            return false;
        }

        Files[name] = buffer.ToArray();
        return true;
    }
}
