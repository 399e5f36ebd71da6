using System.Text;
using System.Text.Json.Nodes;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Oscal.Validation;
using ProcurementBaseline.Oscal.Writing;

namespace ProcurementBaseline.Tests.Export;

/// <summary>The shipped standards and NIST's OSCAL 1.2.2 schema (from ../shared/sources), loaded once per test run.</summary>
internal static class OscalTestKit
{
    public static readonly DateOnly AsOf = new(2026, 11, 26);

    private static readonly Lazy<StandardsSet> Shipped = new(() =>
    {
        var set = new StandardsLoader(RepositoryPaths.Standards).Load([RepositoryPaths.Standards]);
        return set.HasErrors ? throw new InvalidOperationException("The shipped standards have errors.") : set;
    });

    private static readonly Lazy<OscalSchemaValidator> Validator = new(() =>
        OscalSchemaValidator.Load(File.ReadAllText(RepositoryPaths.SourceFile("oscal-1.2-schema", "oscal_complete_schema-1.2.2.json")), out var error)
            ?? throw new InvalidOperationException(error));

    public static StandardsSet Standards => Shipped.Value;

    /// <summary>The schema validator; skips (or, in CI, fails) the test when ../shared/sources is missing.</summary>
    public static OscalSchemaValidator Schema
    {
        get
        {
            _ = RepositoryPaths.Sources;
            return Validator.Value;
        }
    }

    public static byte[] Bytes(JsonObject document) => Encoding.UTF8.GetBytes(OscalNodes.Serialize(document));

    /// <summary>
    /// Asserts the document is valid against its model's definition in the 1.2.2 schema and passes our own checks
    /// (references resolve, no id defined twice), listing every failure.
    /// </summary>
    public static void AssertSchemaValid(JsonObject document, string what)
    {
        var bytes = Bytes(document);
        var failures = OscalDocumentValidator.Validate(bytes, what, Schema).Diagnostics;
        if (failures.Length > 0)
        {
            var kept = Path.Combine(Path.GetTempPath(), $"procbase-oscal-{what.Replace('@', '-')}.json");
            AtomicFileWriter.WriteBytes(kept, bytes);
            Assert.Fail($"{what} fails the OSCAL 1.2.2 schema (the document is kept at {kept}):\n" + string.Join("\n", failures.Take(20)));
        }
    }
}
