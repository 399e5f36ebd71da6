namespace ProcurementBaseline.Application.IO;

/// <summary>What opening an input file found. Only <see cref="Regular"/> files are ever read.</summary>
public enum InputFileState
{
    Regular,

    Missing,

    Directory,

    /// <summary>A FIFO, a device, a socket or anything else that is not a plain file: never read, so it cannot block or run forever.</summary>
    NotRegular,

    /// <summary>The path, once its symbolic links are followed, leads outside the folder it must stay in.</summary>
    OutsideFolder,

    /// <summary>Symbolic links that lead round in a loop, or too many of them in a row.</summary>
    LinkLoop,

    TooLarge,

    /// <summary>Permission denied or an I/O error.</summary>
    Unreadable,
}
