using Mono.Unix.Native;
using ProcurementBaseline.Application.IO;

namespace ProcurementBaseline.Fuzz;

/// <summary>
/// The folder the evidence-path target walks beneath: a file, a nested file, a link to it, a link out of the folder,
/// a link loop and a FIFO; and, beside it, a file that must never be opened through the folder.
/// </summary>
internal static class Sandbox
{
    private static readonly Lazy<string> Folder = new(Create);

    public static string Root => Folder.Value;

    private static string Outside => Path.Combine(Path.GetDirectoryName(Root)!, "outside.txt");

    /// <summary>Whether an opened file is not the one outside the folder (compared by device and inode).</summary>
    public static bool IsInside(OpenedFile file)
    {
        using var outside = InputFiles.Open(Outside).File;
        return outside is null || file.Identity() != outside.Identity();
    }

    private static string Create()
    {
        var parent = Directory.CreateTempSubdirectory("procbase-fuzz-").FullName;
        var root = Path.Combine(parent, "submission");
        Directory.CreateDirectory(Path.Combine(root, "evidence", "deep"));
        AtomicFileWriter.WriteText(Path.Combine(parent, "outside.txt"), "outside\n");
        AtomicFileWriter.WriteText(Path.Combine(root, "evidence", "report.md"), "report\n");
        AtomicFileWriter.WriteText(Path.Combine(root, "evidence", "deep", "file.txt"), "deep\n");
        File.CreateSymbolicLink(Path.Combine(root, "evidence", "inside"), "report.md");
        File.CreateSymbolicLink(Path.Combine(root, "evidence", "out"), "../../outside.txt");
        File.CreateSymbolicLink(Path.Combine(root, "evidence", "abs-out"), Path.Combine(parent, "outside.txt"));
        File.CreateSymbolicLink(Path.Combine(root, "evidence", "loop"), "loop");
        Directory.CreateSymbolicLink(Path.Combine(root, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), ".");
        _ = Syscall.mkfifo(Path.Combine(root, "evidence", "pipe"), FilePermissions.DEFFILEMODE);
        return root;
    }
}
