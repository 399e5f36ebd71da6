namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// One attestation file to assess, and the name its outputs take: its path below the folder it was found in, with
/// '--' between folders (<c>inbox/a/submission.yaml</c> → <c>a--submission</c>), a file called attestation.yaml
/// named after its folder. The same inputs always give the same names. <see cref="Given"/> is the file as the command
/// line named it (a folder argument joined to the path below it), which records show: never where the run happened.
/// </summary>
public sealed record SubmissionInput(string Path, string OutputStem, string Given);
