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
