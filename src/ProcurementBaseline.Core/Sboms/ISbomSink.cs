using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sboms;

/// <summary>Receives an SBOM as a reader streams it: components, relationships and vulnerability statements, in document order.</summary>
public interface ISbomSink
{
    /// <summary>The software the SBOM is about (CycloneDX metadata.component): named by VEX statements, but not one of its components.</summary>
    void Subject(SbomComponent subject);

    void Component(SbomComponent component);

    void Relationship(SbomRelationship relationship);

    void Statement(VexStatement statement);
}
