namespace ProcurementBaseline.Tests.Commands;

/// <summary>A temporary standards folder holding copies of the shipped catalogs plus files a test writes.</summary>
internal sealed class TempStandards : IDisposable
{
    public TempStandards(bool withCatalogs = true)
    {
        Root = Directory.CreateTempSubdirectory("procbase-test-").FullName;
        if (withCatalogs)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Standards, "catalogs"), "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(RepositoryPaths.Standards, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
