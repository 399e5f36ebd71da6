using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Validation;

/// <summary>
/// Validates any OSCAL document: it parses (PB1201), names an OSCAL model (PB1202) of version 1.x (PB1208), passes
/// NIST's schema for that model (PB1214, when a schema is given) and our checks of what the schema cannot say.
/// </summary>
public static class OscalDocumentValidator
{
    public sealed record Result(string? Model, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool IsValid => Model is not null && !Diagnostics.Any(d => d.IsError);
    }

    public static Result Validate(ReadOnlyMemory<byte> json, string file, OscalSchemaValidator? schema)
    {
        var diagnostics = new DiagnosticBag();
        var model = OscalDocument.ModelOf(json, file, OscalSchemaValidator.ModelNames, diagnostics);
        if (model is null || OscalDocument.Open(json, file, model, diagnostics) is not { } document)
        {
            return new Result(null, diagnostics.ToImmutableSorted());
        }

        using (document)
        {
            if (schema is not null)
            {
                diagnostics.AddRange(schema.Validate(json, document.RootElement, model, file));
            }

            diagnostics.AddRange(OscalChecks.Check(json, document.RootElement, file));
            return new Result(model, diagnostics.ToImmutableSorted());
        }
    }
}
