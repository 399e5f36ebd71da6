using System.Text;

namespace ProcurementBaseline.Application.IO;

/// <summary>
/// Writes an output file to a temporary file beside it, then renames it into place, so a reader never sees half a
/// file, and a write that fails part-way leaves nothing behind: the file is complete or it is not written.
/// </summary>
public static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, string text) => WriteBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteBytes(string path, byte[] bytes) => Write(path, stream =>
    {
        stream.Write(bytes);
        return true;
    });

    /// <summary>Streams text into the file; when <paramref name="write"/> returns false the file is not written.</summary>
    public static bool WriteText(string path, Func<TextWriter, bool> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var ok = write(writer);
        writer.Flush();
        return ok;
    });

    /// <summary>
    /// Streams the file's bytes; when <paramref name="write"/> returns false or throws, the temporary file is deleted
    /// and the target is left as it was. True when the file was written.
    /// </summary>
    public static bool Write(string path, Func<Stream, bool> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            bool ok;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                ok = write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!ok)
            {
                File.Delete(temporary);
                return false;
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
