namespace ProcurementBaseline.Application.IO;

/// <summary>The outcome of opening an input file: the open file when it is a regular one, else why not.</summary>
public readonly record struct FileOpening(InputFileState State, OpenedFile? File, string? Detail = null)
{
    public static FileOpening Opened(OpenedFile file) => new(InputFileState.Regular, file);

    public static FileOpening Failed(InputFileState state, string? detail = null) => new(state, null, detail);

    /// <summary>"a directory", "a FIFO", …: what the path is, for messages.</summary>
    public string Describe() => State switch
    {
        InputFileState.Missing => "missing",
        InputFileState.Directory => "a directory",
        InputFileState.NotRegular => Detail ?? "not a regular file",
        InputFileState.OutsideFolder => "outside the folder once its symbolic links are followed",
        InputFileState.LinkLoop => "a loop of symbolic links",
        InputFileState.TooLarge => "too large",
        InputFileState.Unreadable => Detail is null ? "unreadable" : $"unreadable ({Detail})",
        _ => "a regular file",
    };
}
