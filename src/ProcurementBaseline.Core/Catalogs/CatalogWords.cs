using ProcurementBaseline.Text;

namespace ProcurementBaseline.Catalogs;

/// <summary>The words the catalog format uses for its closed vocabularies.</summary>
public static class CatalogWords
{
    public static EnumWords<Jurisdiction> Jurisdictions { get; } = new(
        ("AU", Jurisdiction.AU), ("US", Jurisdiction.US), ("IN", Jurisdiction.IN), ("JP", Jurisdiction.JP), ("Quad", Jurisdiction.Quad));

    public static EnumWords<CatalogStatus> Statuses { get; } = new(
        ("final", CatalogStatus.Final), ("draft", CatalogStatus.Draft), ("withdrawn", CatalogStatus.Withdrawn));

    public static EnumWords<Fidelity> Fidelities { get; } = new(
        ("verbatim", Fidelity.Verbatim), ("extracted", Fidelity.Extracted),
        ("summarised", Fidelity.Summarised), ("not-retrieved", Fidelity.NotRetrieved));

    public static EnumWords<ControlStatus> ControlStatuses { get; } = new(
        ("active", ControlStatus.Active), ("withdrawn", ControlStatus.Withdrawn));

    public static EnumWords<SuccessorKind> SuccessorKinds { get; } = new(
        ("incorporated-into", SuccessorKind.IncorporatedInto), ("moved-to", SuccessorKind.MovedTo));
}
