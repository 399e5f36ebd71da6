namespace ProcurementBaseline.Oscal.Mappings;

/// <summary>The props, in our namespace, that carry what a crosswalk says beyond OSCAL's mapping fields.</summary>
internal static class MappingProps
{
    public const string Crosswalk = "crosswalk";
    public const string Catalog = "catalog";
    public const string Index = "mapping-index";
    public const string Strength = "strength";
    public const string Provenance = "provenance";
    public const string Method = "method";
    public const string Author = "author";
    public const string Date = "date";
    public const string Status = "status";
}
