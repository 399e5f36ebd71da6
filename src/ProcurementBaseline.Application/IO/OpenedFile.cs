using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace ProcurementBaseline.Application.IO;

/// <summary>
/// A regular file opened for reading, with the size and hard-link count read from the open handle (not the path), so
/// what is read is what was checked. Reads are bounded by a byte limit and, for hashing, cancellable.
/// </summary>
public sealed class OpenedFile(SafeFileHandle handle, long length, long linkCount) : IDisposable
{
    private const int ChunkSize = 1 << 20;

    public long Length { get; } = length;

    /// <summary>How many names the file has. More than one means another name may lie outside the folder.</summary>
    public long LinkCount { get; } = linkCount;

    /// <summary>The whole file, or null when it holds more than <paramref name="maxBytes"/> (checked again while reading, in case it grows).</summary>
    public byte[]? ReadAll(long maxBytes)
    {
        if (Length > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(checked((int)Math.Max(Length, 0)));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(handle, chunk, offset)) > 0)
            {
                offset += read;
                if (offset > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The first <paramref name="maxBytes"/> bytes, or fewer when the file is shorter or cannot be read.</summary>
    public byte[] ReadHead(int maxBytes)
    {
        var head = new byte[(int)Math.Min(maxBytes, Math.Max(Length, 0))];
        try
        {
            return head[..RandomAccess.Read(handle, head, 0)];
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>The lower-case hex sha256 of at most <paramref name="maxBytes"/>, streamed; null when the file is larger.</summary>
    public string? Sha256(long maxBytes, CancellationToken cancellation) =>
        Length > maxBytes ? null : CopyTo(System.IO.Stream.Null, maxBytes, cancellation);

    /// <summary>
    /// Copies at most <paramref name="maxBytes"/> into <paramref name="destination"/> and returns the sha256 of what was
    /// copied, so a caller can tell whether it is the file it hashed before; null when the file is larger.
    /// </summary>
    public string? CopyTo(Stream destination, long maxBytes, CancellationToken cancellation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(handle, chunk, offset)) > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                offset += read;
                if (offset > maxBytes)
                {
                    return null;
                }

                hash.AppendData(chunk, 0, read);
                destination.Write(chunk, 0, read);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>A stream over the opened file, for readers that need one (a zip); it owns the handle from then on.</summary>
    public FileStream Stream() => new(handle, FileAccess.Read);

    /// <summary>The file's device and inode, which say whether two opened files are one (Linux and macOS; null elsewhere).</summary>
    public (ulong Device, ulong Inode)? Identity() =>
        !OperatingSystem.IsWindows() && Mono.Unix.Native.Syscall.fstat((int)handle.DangerousGetHandle(), out var stat) == 0 ? (stat.st_dev, stat.st_ino) : null;

    public void Dispose() => handle.Dispose();
}
