namespace ProcurementBaseline.Catalogs;

public sealed record ControlSuccessor(SuccessorKind Kind, string ControlId);
