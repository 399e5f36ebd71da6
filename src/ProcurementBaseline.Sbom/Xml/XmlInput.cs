using System.Xml;

namespace ProcurementBaseline.Sbom.Xml;

/// <summary>
/// The only way XML is opened: DTDs prohibited (so no entity is ever expanded, billion laughs included), no resolver
/// (so nothing is fetched), comments and processing instructions ignored.
/// </summary>
internal static class XmlInput
{
    public static XmlReader Create(Stream stream, CancellationToken cancellation) => XmlReader.Create(stream, Settings);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static bool IsDtd(XmlException e) => e.Message.Contains("DTD", StringComparison.Ordinal);
}
