using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// The paths an assessment's records and reports show: a standards file by its path below the standards folder, the
/// attestation by its file name (its evidence paths are already relative to it). Where the tool is installed and where
/// the submission sits never reach the output, so two machines give the same bytes.
/// </summary>
public sealed class ContractPaths
{
    public const string StandardsRoot = "standards";
    public const string AttestationRoot = "attestation";

    private readonly Dictionary<string, string> _byShown = new(StringComparer.Ordinal);

    public ContractPaths(IEnumerable<StandardsInput> standards, string attestationShown)
    {
        foreach (var input in standards)
        {
            _byShown[input.Shown] = input.File;
        }

        Attestation = Path.GetFileName(attestationShown);
        _byShown[attestationShown] = Attestation;
    }

    /// <summary>The attestation's file name.</summary>
    public string Attestation { get; }

    /// <summary>A file as records show it, from the path diagnostics show.</summary>
    public string File(string shown) => _byShown.GetValueOrDefault(shown, shown);

    /// <summary>A location as records show it: the file as <see cref="File"/> gives it, then line and column.</summary>
    public string? At(SourceLocation? location) => location is { } at ? (at with { File = File(at.File) }).ToString() : null;
}
