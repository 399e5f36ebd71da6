using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary>
/// <c>procbase map explain --claimed A B … [--target T | --catalog X]</c>: the engine's three questions asked directly.
/// Which controls of a catalog do these satisfied controls cover, and how; why is T covered (the path); and what
/// does T still ask for (the residual).
/// </summary>
public static class MapExplainCommand
{
    public static Command Create(CliContext cli)
    {
        var claimed = new Option<string[]>("--claimed") { Description = "Satisfied controls, as catalog@version#id; several separated by commas or by repeating the option.", Required = true };
        var target = new Option<string?>("--target") { Description = "Explain one control: catalog@version#id." };
        var catalog = new Option<string?>("--catalog") { Description = "List what is covered in this catalog (id@version or id). Default: every catalog." };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("explain", "Show which controls the claimed ones cover through accepted mappings, the path for each, and what a partly covered control still asks.")
        {
            claimed, target, catalog, standards, format,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var satisfied = new List<SatisfiedControl>();
            foreach (var text in (parse.GetValue(claimed) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!ControlKey.TryParse(text, out var key) || loaded.Standards.Catalogs.Find(key.Catalog)?.Find(key.ControlId) is null)
                {
                    cli.Error.WriteLine($"error: '{text}' is not a loaded control (write catalog@version#id, such as nist-ssdf@1.1#PW.5.1).");
                    return ExitCodes.InputErrors;
                }

                satisfied.Add(new SatisfiedControl(key));
            }

            var inference = new CoverageInference(loaded.Graph, MappingPolicy.Default);
            var json = parse.GetValue(format) == OutputFormat.Json;
            if (parse.GetValue(target) is { } targetText)
            {
                if (!ControlKey.TryParse(targetText, out var key))
                {
                    cli.Error.WriteLine($"error: '{targetText}' is not of the form catalog@version#id.");
                    return ExitCodes.Usage;
                }

                var explained = inference.Explain(satisfied, key);
                if (json)
                {
                    cli.Out.Write(CliJson.Serialize(new ExplanationJson([.. satisfied.Select(c => c.Control.ToString())], key.ToString(),
                        explained is null ? [] : [CoveredJson(explained, loaded.Standards.Catalogs)])));
                }
                else
                {
                    Explain(cli.Out, key, explained, loaded.Standards.Catalogs);
                }

                return ExitCodes.Success;
            }

            var covered = inference.Infer(satisfied);
            var only = parse.GetValue(catalog) is { } name ? loaded.Standards.Catalogs.Resolve(name)?.Ref : null;
            if (json)
            {
                cli.Out.Write(CliJson.Serialize(new ExplanationJson([.. satisfied.Select(c => c.Control.ToString())], null,
                    [.. covered.Where(c => only is null || c.Key.Catalog == only).Select(c => CoveredJson(c.Value, loaded.Standards.Catalogs))])));
                return ExitCodes.Success;
            }

            foreach (var (key, coverage) in covered.Where(c => only is null || c.Key.Catalog == only))
            {
                cli.Out.WriteLine($"{key}  {(coverage.Level == CoverageLevel.Full ? "covered in full" : "covered in part")} {GapReportBuilder.DerivationText(coverage.Derivation)}");
            }

            cli.Out.WriteLine($"{covered.Count(c => only is null || c.Key.Catalog == only)} controls covered through official, reviewed and derived mappings of strength 5 or more.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static CoveredControlJson CoveredJson(InferredCoverage coverage, CatalogLibrary catalogs)
    {
        var control = catalogs.Find(coverage.Target.Catalog)?.Find(coverage.Target.ControlId)?.Control;
        return new CoveredControlJson(coverage.Target.ToString(), control?.Title.Default, coverage.Level == CoverageLevel.Full ? "full" : "partial",
            coverage.Strength, string.Join(", ", coverage.Sources),
            coverage.Path is { } path
                ? [.. path.Edges.Select(e => new PathStepJson(e.From.ToString(), RelationshipWords.Word(e.Relationship), e.To.ToString(),
                    e.Mapping.Provenance.ToString().ToLowerInvariant(), e.Strength, e.Crosswalk.Name, e.IsConverse, e.Mapping.Remarks))]
                : null,
            coverage.Level == CoverageLevel.Partial ? control?.Statement?.Default ?? control?.Title.Default : null)
        {
            Derivation = Application.Assessment.DerivationMapper.Map(coverage.Derivation, at => at?.ToString(), remarks: true),
        };
    }

    private static void Explain(TextWriter w, ControlKey target, InferredCoverage? coverage, CatalogLibrary catalogs)
    {
        if (coverage is null)
        {
            w.WriteLine($"{target} is not covered by the claimed controls through any accepted mapping path of at most four mappings.");
            return;
        }

        w.WriteLine($"{target} is covered {(coverage.Level == CoverageLevel.Full ? "in full" : "in part")} (strength {coverage.Strength}):");
        Tree(w, coverage.Derivation, "  ");
        if (coverage.Level == CoverageLevel.Partial && catalogs.Find(target.Catalog)?.Find(target.ControlId)?.Control is { } control)
        {
            var missing = coverage.Derivation.MissingMembers.Select(m => m.ControlId).ToList();
            w.WriteLine($"Still asks (the residual beyond {string.Join(", ", coverage.Sources.Select(s => s.ControlId))}): {control.Statement?.Default ?? control.Title.Default}");
            if (missing.Count > 0)
            {
                w.WriteLine($"Not yet covered, of the controls that together cover it: {string.Join(", ", missing)}");
            }
        }
    }

    /// <summary>The derivation, root first: each mapping with its remarks, then what it came from, indented.</summary>
    private static void Tree(TextWriter w, Derivation node, string indent)
    {
        if (node.Edge is { } edge)
        {
            w.WriteLine($"{indent}{edge.From} {RelationshipWords.Word(edge.Relationship)} {edge.To}  ({edge.Mapping.Provenance.ToString().ToLowerInvariant()}, strength {edge.Strength}, {edge.Crosswalk.Name}{(edge.IsConverse ? ", read as the converse" : "")})");
            Remarks(w, edge.Mapping, indent);
            Tree(w, node.From[0], indent + "  ");
        }
        else if (node.Combined is { } combined)
        {
            w.WriteLine($"{indent}{string.Join(" + ", combined.Members)} together {RelationshipWords.Word(combined.Relationship)} {combined.To}  ({combined.Mapping.Provenance.ToString().ToLowerInvariant()}, strength {combined.Strength}, {combined.Crosswalk.Name})");
            Remarks(w, combined.Mapping, indent);
            foreach (var member in node.From)
            {
                Tree(w, member, indent + "  ");
            }
        }
        else
        {
            w.WriteLine($"{indent}{node.Control}: {(node.Covered ? node.Level == CoverageLevel.Full ? "claimed" : "claimed in part" : "not covered")}");
        }
    }

    private static void Remarks(TextWriter w, Mapping mapping, string indent)
    {
        if (mapping.Remarks is { } remarks)
        {
            w.WriteLine($"{indent}    {VisibleText.Escape(remarks)}");
        }
    }
}
