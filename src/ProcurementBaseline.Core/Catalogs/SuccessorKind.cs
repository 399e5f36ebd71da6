namespace ProcurementBaseline.Catalogs;

/// <summary>How a withdrawn control lives on (OSCAL link relations of the same names).</summary>
public enum SuccessorKind
{
    IncorporatedInto,
    MovedTo,
}
