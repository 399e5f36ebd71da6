using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>A file named on the command line, opened as input files are (regular files only), or one line saying why not.</summary>
internal static class NamedFile
{
    public static Stream? Open(string given, CliContext cli)
    {
        var path = Path.GetFullPath(given, cli.WorkingDirectory);
        var opening = InputFiles.Open(path);
        if (opening.File is null)
        {
            cli.Error.WriteLine($"error: {VisibleText.Escape(DisplayPaths.For(path, cli.WorkingDirectory))}: {(opening.State == InputFileState.Missing ? "no such file" : opening.Describe())}.");
            return null;
        }

        return opening.File.Stream();
    }
}
