using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>What reading an SBOM gave: its metadata (null when it could not be read to the end) and every diagnostic.</summary>
public sealed record SbomReadResult(SbomMetadata? Metadata, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Metadata is not null && !Diagnostics.Any(d => d.IsError);
}
