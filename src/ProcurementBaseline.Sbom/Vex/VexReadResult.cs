using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Vex;

/// <summary>A VEX document read: its format, its statements, and every diagnostic. No statements are given when it could not be read.</summary>
public sealed record VexReadResult(DocumentKind Kind, ImmutableArray<VexStatement> Statements, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
