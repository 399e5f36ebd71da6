namespace ProcurementBaseline.Catalogs;

/// <summary>How faithfully a catalog or control reproduces its official source.</summary>
public enum Fidelity
{
    /// <summary>The publisher's own words, unchanged.</summary>
    Verbatim,

    /// <summary>Taken from the official document by a mechanical extraction that may contain errors.</summary>
    Extracted,

    /// <summary>Our summary of the source; never to be read as the official text.</summary>
    Summarised,

    /// <summary>The source names this item but its text was not retrieved.</summary>
    NotRetrieved,
}
