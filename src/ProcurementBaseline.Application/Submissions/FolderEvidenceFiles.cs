using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Evidence files in the attestation's folder on disk, opened strictly beneath it (<see cref="InputFiles.OpenBeneath"/>):
/// a symbolic link may point elsewhere in the folder but never out of it or round in a loop; FIFOs, devices and
/// directories are named, not read; files over the size limit are not hashed. What path checks cannot see: a hard link
/// is one file under two names, so a file linked in from outside looks like any other (a link count above one is
/// reported, PB1619), and a bind mount inside the folder is followed as a folder.
/// </summary>
public sealed class FolderEvidenceFiles(string folder, InputLimits limits) : IEvidenceFiles
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public EvidenceFile Inspect(string relativePath, CancellationToken cancellation)
    {
        var opening = InputFiles.OpenBeneath(Folder, relativePath);
        if (opening.File is not { } file)
        {
            return opening.State switch
            {
                InputFileState.Missing => new EvidenceFile(EvidenceFileState.Missing),
                InputFileState.OutsideFolder => new EvidenceFile(EvidenceFileState.OutsideFolder),
                InputFileState.Directory or InputFileState.NotRegular => new EvidenceFile(EvidenceFileState.NotRegularFile, Detail: opening.Describe()),
                _ => new EvidenceFile(EvidenceFileState.Unreadable, Detail: opening.Describe()),
            };
        }

        using (file)
        {
            if (file.Length > limits.MaxEvidenceBytes)
            {
                return new EvidenceFile(EvidenceFileState.TooLarge, Detail: $"{InputLimits.Describe(file.Length)}, over the {InputLimits.Describe(limits.MaxEvidenceBytes)} limit", LinkCount: file.LinkCount);
            }

            try
            {
                return file.Sha256(limits.MaxEvidenceBytes, cancellation) is { } hash
                    ? new EvidenceFile(EvidenceFileState.Present, hash, LinkCount: file.LinkCount)
                    : new EvidenceFile(EvidenceFileState.TooLarge, Detail: $"over the {InputLimits.Describe(limits.MaxEvidenceBytes)} limit (it grew while being read)", LinkCount: file.LinkCount);
            }
            catch (IOException ex)
            {
                return new EvidenceFile(EvidenceFileState.Unreadable, Detail: ex.Message);
            }
        }
    }

    public Stream? OpenRead(string relativePath) => InputFiles.OpenBeneath(Folder, relativePath).File?.Stream();
}
