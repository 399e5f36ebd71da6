namespace ProcurementBaseline.Oscal.Writing;

/// <summary>Where ProcurementBaseline's own OSCAL props and parts live, and the OSCAL version it writes.</summary>
public static class OscalNamespace
{
    public const string Uri = "https://procurementbaseline.dev/ns/oscal";

    /// <summary>The namespace of a control's publisher properties (the ISM's <c>revision</c>), each prop named by its key.</summary>
    public const string PropertyUri = Uri + "/property";

    public const string OscalVersion = "1.2.2";
}
