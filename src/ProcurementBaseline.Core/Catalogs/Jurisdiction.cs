namespace ProcurementBaseline.Catalogs;

/// <summary>Who issues a catalog: one of the four Quad nations, or the Quad jointly.</summary>
public enum Jurisdiction
{
    AU,
    US,
    IN,
    JP,
    Quad,
}
