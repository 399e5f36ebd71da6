using ProcurementBaseline.Text;

namespace ProcurementBaseline.Vex;

/// <summary>The statuses as CISA's minimum requirements and OpenVEX spell them, for our JSON and reports.</summary>
public static class VexStatusWords
{
    public static EnumWords<VexStatus> Words { get; } = new(
        ("not_affected", VexStatus.NotAffected), ("affected", VexStatus.Affected), ("fixed", VexStatus.Fixed),
        ("under_investigation", VexStatus.UnderInvestigation));
}
