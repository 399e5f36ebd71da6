using System.Collections.Immutable;

namespace ProcurementBaseline.Sboms;

/// <summary>
/// How many of an SBOM's components carry one profile field (or, for a document field, whether the document does),
/// how many were read from each of the field's places, and the first components without it.
/// </summary>
public sealed record SbomFieldResult(SbomProfileField Field, int Have, int Of, ImmutableArray<int> BySource, ImmutableArray<string> FirstOffenders)
{
    /// <summary>The share that has it; 0 when there is nothing to have it (an SBOM with no components carries no component field).</summary>
    public double Share => Of == 0 ? 0 : (double)Have / Of;

    public bool Complete => Of > 0 && Have == Of;
}
