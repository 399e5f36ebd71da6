using System.Text;

namespace ProcurementBaseline.SourceImport;

internal static class SourceFiles
{
    /// <summary>Writes to a temporary file and renames it into place, as procbase does for every output.</summary>
    public static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }

        File.Move(temporary, path, overwrite: true);
    }
}
