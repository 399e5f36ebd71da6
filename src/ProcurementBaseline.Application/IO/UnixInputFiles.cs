using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace ProcurementBaseline.Application.IO;

/// <summary>
/// <see cref="InputFiles"/> on Linux and macOS. A path beneath a folder is walked one name at a time with openat(2)
/// and O_NOFOLLOW from a descriptor of the folder, so a symbolic link is only ever followed by this code, which keeps
/// the walk inside the folder; the file itself is opened with O_NONBLOCK, so a FIFO or a device is seen by fstat(2)
/// rather than waited on, and only a regular file is handed back.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class UnixInputFiles
{
    private const OpenFlags ReadFlags = OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC;
    private const OpenFlags DirectoryFlags = OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY | OpenFlags.O_CLOEXEC | OpenFlags.O_NOFOLLOW;

    public static FileOpening Open(string path)
    {
        var fd = Syscall.open(path, ReadFlags);
        return fd < 0 ? Failure(Stdlib.GetLastError()) : Inspect(fd);
    }

    public static FileOpening OpenBeneath(string root, string relativePath)
    {
        var rootFd = Syscall.open(root, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY | OpenFlags.O_CLOEXEC);
        if (rootFd < 0)
        {
            return Failure(Stdlib.GetLastError());
        }

        // The open folders from the root down to where the walk is: ".." closes the last, and may never close the root.
        var folders = new Stack<int>();
        folders.Push(rootFd);
        try
        {
            return Walk(root, new Queue<string>(InputFiles.Parts(relativePath)), folders);
        }
        finally
        {
            while (folders.Count > 0)
            {
                Close(folders.Pop());
            }
        }
    }

    private static FileOpening Walk(string root, Queue<string> names, Stack<int> folders)
    {
        var links = 0;
        string? realRoot = null;
        while (names.TryDequeue(out var name))
        {
            if (name is "" or ".")
            {
                continue;
            }

            if (name == "..")
            {
                if (folders.Count == 1)
                {
                    return FileOpening.Failed(InputFileState.OutsideFolder);
                }

                Close(folders.Pop());
                continue;
            }

            var last = names.All(n => n is "" or ".");
            var fd = Syscall.openat(folders.Peek(), name, last ? ReadFlags | OpenFlags.O_NOFOLLOW : DirectoryFlags);
            if (fd >= 0)
            {
                if (last)
                {
                    return Inspect(fd);
                }

                folders.Push(fd);
                continue;
            }

            var error = Stdlib.GetLastError();
            if (error is not (Errno.ELOOP or Errno.EMLINK or Errno.ENOTDIR) || ReadLink(folders.Peek(), name) is not { } target)
            {
                return Failure(error, notAFolder: !last && error == Errno.ENOTDIR);
            }

            if (++links > InputFiles.MaxLinks)
            {
                return FileOpening.Failed(InputFileState.LinkLoop);
            }

            if (target.StartsWith('/'))
            {
                // An absolute link stays inside only if it names a place under the folder's own real path.
                realRoot ??= PortableInputFiles.RealPath(root).TrimEnd('/');
                if (target != realRoot && !target.StartsWith(realRoot + "/", StringComparison.Ordinal))
                {
                    return FileOpening.Failed(InputFileState.OutsideFolder);
                }

                while (folders.Count > 1)
                {
                    Close(folders.Pop());
                }

                target = target.Length > realRoot.Length ? target[(realRoot.Length + 1)..] : ".";
            }

            foreach (var part in names.ToArray())
            {
                target += "/" + part;
            }

            names = new Queue<string>(target.Split('/'));
        }

        return FileOpening.Failed(InputFileState.Directory);
    }

    /// <summary>Classifies an open descriptor by fstat(2); hands back a regular file, closes anything else.</summary>
    private static FileOpening Inspect(int fd)
    {
        if (Syscall.fstat(fd, out var stat) < 0)
        {
            var error = Stdlib.GetLastError();
            Close(fd);
            return Failure(error);
        }

        var type = stat.st_mode & FilePermissions.S_IFMT;
        if (type != FilePermissions.S_IFREG)
        {
            Close(fd);
            return type == FilePermissions.S_IFDIR
                ? FileOpening.Failed(InputFileState.Directory)
                : FileOpening.Failed(InputFileState.NotRegular, Describe(type));
        }

        // Reads of a regular file never block, but the descriptor is made blocking again for .NET's reads.
        var flags = Syscall.fcntl(fd, FcntlCommand.F_GETFL);
        if (flags >= 0)
        {
            _ = Syscall.fcntl(fd, FcntlCommand.F_SETFL, flags & ~(int)OpenFlags.O_NONBLOCK);
        }

        return FileOpening.Opened(new OpenedFile(new SafeFileHandle(fd, ownsHandle: true), stat.st_size, (long)stat.st_nlink));
    }

    /// <summary>
    /// The target of the link <paramref name="name"/> in folder <paramref name="folder"/>, or null when it is not a link.
    /// (Mono.Unix's own UnixPath.TryReadLinkAt never returns on Linux.)
    /// </summary>
    private static string? ReadLink(int folder, string name)
    {
        var buffer = new byte[4096];
        var length = Syscall.readlinkat(folder, name, buffer);
        return length is > 0 and < 4096 ? System.Text.Encoding.UTF8.GetString(buffer, 0, (int)length) : null;
    }

    /// <summary>Closing a descriptor opened only for reading cannot lose data, so its result is not needed.</summary>
    private static void Close(int fd) => _ = Syscall.close(fd);

    private static FileOpening Failure(Errno error, bool notAFolder = false) => error switch
    {
        Errno.ENOENT => FileOpening.Failed(InputFileState.Missing),
        Errno.ENOTDIR when notAFolder => FileOpening.Failed(InputFileState.Missing, "a part of the path is a file, not a folder"),
        Errno.ENOTDIR => FileOpening.Failed(InputFileState.Missing),
        Errno.ELOOP or Errno.EMLINK => FileOpening.Failed(InputFileState.LinkLoop),
        Errno.EACCES or Errno.EPERM => FileOpening.Failed(InputFileState.Unreadable, "permission denied"),
        Errno.ENXIO => FileOpening.Failed(InputFileState.NotRegular, "a socket or a device with nothing behind it"),
        _ => FileOpening.Failed(InputFileState.Unreadable, error.ToString()),
    };

    private static string Describe(FilePermissions type) => type switch
    {
        FilePermissions.S_IFIFO => "a FIFO (named pipe)",
        FilePermissions.S_IFCHR => "a character device",
        FilePermissions.S_IFBLK => "a block device",
        FilePermissions.S_IFSOCK => "a socket",
        _ => "not a regular file",
    };
}
