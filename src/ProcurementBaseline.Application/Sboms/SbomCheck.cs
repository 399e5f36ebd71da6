using System.Collections.Immutable;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sbom.Validation;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Application.Sboms;

/// <summary>
/// One SBOM checked: read (streamed, and hashed in the same read), judged against every profile given, validated
/// against its official schema when schemas are given, and joined with VEX statements (its own vulnerabilities and
/// any VEX documents given). <c>sbom check</c> prints it; the evidence verifier judges attestations' SBOMs with it.
/// </summary>
public sealed record SbomCheck(
    string File,
    string Sha256,
    SbomMetadata? Metadata,
    int Components,
    ImmutableArray<SbomProfileResult> Profiles,
    VexJoin Vex,
    bool SchemaChecked,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Readable => Metadata is not null;

    public bool HasErrors => Metadata is null || Diagnostics.Any(d => d.IsError);

    /// <summary>Why the document was not validated against its schema, when it was not ("give --schemas" when none were given).</summary>
    public string? SchemaNotChecked { get; init; }

    /// <summary>Whether a VEX product (purl, reference, BOM-Link) names one of the SBOM's components or its subject.</summary>
    public Func<string, bool> Names { get; init; } = _ => false;

    public static SbomCheck Failed(string shown, Diagnostic problem) => new(shown, "", null, 0, [], VexJoin.Empty, false, [problem]);

    public SbomProfileResult? Profile(string key) => Profiles.FirstOrDefault(p => p.Profile.Key == key);

    public static SbomCheck Run(Stream stream, string shown, IReadOnlyList<SbomProfile> profiles, SbomSchemaValidator? schemas = null, IReadOnlyList<VexStatement>? vex = null, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var inventory = new SbomInventory(shown, SbomPropertyNames.Of(profiles));
        using var hashing = new HashingStream(stream);
        byte[]? whole = null;
        SbomReadResult read;
        if (schemas is not null)
        {
            // Schema validation needs the whole document; the same bytes are then read by the streaming reader.
            whole = ReadUpTo(hashing, SbomSchemaValidator.MaxDocumentBytes);
            read = whole is null
                ? new SbomReadResult(null, [Diagnostic.Create(DiagnosticCodes.SbomSchemaInvalid, SourceLocation.WholeFile(shown), $"the document is larger than {SbomSchemaValidator.MaxDocumentBytes / (1024 * 1024)} MiB, too large to validate against its schema")])
                : SbomReader.Read(new MemoryStream(whole, writable: false), shown, inventory, cancellation);
        }
        else
        {
            read = SbomReader.Read(hashing, shown, inventory, cancellation);
        }

        var sha256 = hashing.Finish();
        diagnostics.AddRange(read.Diagnostics);
        inventory.Complete();
        diagnostics.AddRange(inventory.Diagnostics());
        var metadata = read.Metadata;
        if (metadata is not null && inventory.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.SbomWithoutComponents, SourceLocation.WholeFile(shown));
        }

        var schemaChecked = false;
        if (metadata is not null && whole is not null && schemas is not null && metadata.Format != SbomFormat.CycloneDxXml)
        {
            schemaChecked = schemas.Has(metadata.Format, metadata.SpecVersion);
            diagnostics.AddRange(schemas.Validate(whole, metadata.Format, metadata.SpecVersion, shown));
        }

        var results = metadata is null ? [] : profiles.Select(p => SbomProfileJudge.Judge(inventory, metadata, p)).ToImmutableArray();
        var join = metadata is null ? VexJoin.Empty : VexJoin.Of(inventory.Statements.Concat(vex ?? []), name => Named(inventory, metadata, name));
        foreach (var unmatched in join.Unmatched.Take(20))
        {
            diagnostics.Add(DiagnosticCodes.VexUnmatched, unmatched.Origin ?? SourceLocation.WholeFile(shown), unmatched.Vulnerability, unmatched.Product);
        }

        return new SbomCheck(shown, sha256, diagnostics.HasErrors ? null : metadata, inventory.Count, results, join, schemaChecked, diagnostics.ToImmutableSorted())
        {
            Names = metadata is null ? _ => false : name => Named(inventory, metadata, name),
            SchemaNotChecked = schemaChecked || metadata is null ? null
                : schemas is null ? "give --schemas"
                : metadata.Format == SbomFormat.CycloneDxXml ? "CycloneDX XML is not validated against its XSD"
                : whole is null ? $"larger than {SbomSchemaValidator.MaxDocumentBytes / (1024 * 1024)} MiB"
                : $"no {SbomSchemaValidator.SchemaFile(metadata.Format, metadata.SpecVersion)} among the schemas given",
        };
    }

    /// <summary>Whether a VEX product names one of the SBOM's components or its subject, by purl, reference, or a BOM-Link to this SBOM.</summary>
    private static bool Named(SbomInventory inventory, SbomMetadata metadata, string product)
    {
        if (inventory.Names(product))
        {
            return true;
        }

        // A BOM-Link: urn:cdx:<serial>/<version>#<bom-ref>, naming a component of the BOM with that serial number.
        if (product.StartsWith("urn:cdx:", StringComparison.Ordinal) && product.IndexOf('#', StringComparison.Ordinal) is var hash and > 0)
        {
            var serial = product[8..hash];
            var slash = serial.LastIndexOf('/');
            serial = slash < 0 ? serial : serial[..slash];
            return metadata.Serial is { } own && own.EndsWith(serial, StringComparison.OrdinalIgnoreCase) && inventory.Names(Uri.UnescapeDataString(product[(hash + 1)..]));
        }

        return false;
    }

    private static byte[]? ReadUpTo(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
