namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>The names of the props and parts, in our namespace, that carry what OSCAL has no field for.</summary>
internal static class CatalogProps
{
    public const string Id = "catalog-id";
    public const string Jurisdiction = "jurisdiction";
    public const string Status = "catalog-status";
    public const string Fidelity = "fidelity";
    public const string Title = "title";
    public const string TitleLanguage = "title-language";
    public const string Language = "language";
    public const string Translation = "translation";
    public const string Role = "role";
    public const string SourceRole = "catalog-source";
    public const string DocumentRole = "source-document";
    public const string ReferenceRole = "informative-reference";
    public const string Licence = "licence";
    public const string DocumentDate = "document-date";
    public const string DocumentVersion = "document-version";
    public const string ReferenceCatalog = "reference-catalog";
    public const string ReferenceControl = "reference-control";
    public const string Tag = "tag";
    public const string Applicability = "applicability";
    public const string Property = "property";
    public const string Locator = "locator";
    public const string LocatorDocument = "locator-document";
    public const string LocatorSection = "locator-section";
    public const string LocatorPage = "locator-page";
    public const string LocatorUrl = "locator-url";
    public const string AssignedId = "assigned-id";
    public const string Completeness = "completeness";
    public const string OwnControls = "parent-controls";
}
