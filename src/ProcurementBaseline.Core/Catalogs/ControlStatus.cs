namespace ProcurementBaseline.Catalogs;

public enum ControlStatus
{
    Active,
    Withdrawn,
}
