namespace ProcurementBaseline.Attestations;

/// <summary>What an evidence file is: a document the tool only hashes, or an SBOM or VEX document it reads and judges.</summary>
public enum EvidenceKind
{
    Document,
    Sbom,
    Vex,
}
