namespace ProcurementBaseline.Catalogs;

public enum CatalogStatus
{
    Final,
    Draft,
    Withdrawn,
}
