namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>Which OSCAL identifier becomes a control's id.</summary>
public enum OscalIdStyle
{
    /// <summary>The OSCAL <c>id</c> as is (<c>ism-1419</c>, <c>PO.1.1</c>).</summary>
    Oscal,

    /// <summary>The <c>label</c> prop where there is one (<c>SA-11(1)</c> rather than <c>sa-11.1</c>).</summary>
    Label,
}
