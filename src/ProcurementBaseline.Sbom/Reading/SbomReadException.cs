using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>A document that cannot be read on: truncated, malformed, or past a limit. Readers turn it into one diagnostic.</summary>
public sealed class SbomReadException(string message, SourceLocation location) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}
