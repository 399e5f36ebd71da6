using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Versions;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary><c>procbase attest impact ATTESTATION --to ID@NEW</c>: what a new catalog version means for a submission.</summary>
public static class AttestImpactCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("attestation") { Description = "The attestation made against the old version." };
        var to = new Option<string>("--to") { Description = "The new catalog version, as id@version.", Required = true };
        var from = new Option<string?>("--from") { Description = "The old version. Default: the version of that catalog the attestation's claims use." };
        var write = new Option<string?>("--write") { Description = "Write the migrated attestation here: carried-over claims moved to the new version, changed ones marked for review." };
        var standards = CommonOptions.Standards();
        var command = new Command("impact", "List which claims carry over to a new catalog version, which were renamed, which need re-attestation (with their diffs), which lapse, and which new controls have no claim.")
        {
            file, to, from, write, standards,
        };
        command.SetAction(parse =>
        {
            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            var loaded = LoadedAttestation.Load(Path.GetFullPath(parse.GetValue(file)!, cli.WorkingDirectory), set, [], cli.WorkingDirectory, LoadedAttestation.Options.Undated);
            DiagnosticPrinter.Print(loaded.Diagnostics, cli.Error);
            if (loaded.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var attestation = loaded.Attestation!;
            if (set.Catalogs.Resolve(parse.GetValue(to)!) is not { } target)
            {
                cli.Error.WriteLine($"error: no catalog '{parse.GetValue(to)}' is loaded.");
                return ExitCodes.InputErrors;
            }

            var used = attestation.Claims.Select(c => c.Control.Catalog).Where(c => c.CatalogId == target.Id && c != target.Ref).Distinct().ToList();
            var source = parse.GetValue(from) is { } name ? set.Catalogs.Resolve(name) : used.Count == 1 ? set.Catalogs.Find(used[0]) : null;
            if (source is null)
            {
                cli.Error.WriteLine(used.Count == 0
                    ? $"error: the attestation has no claims on another version of {target.Id}."
                    : $"error: the attestation uses several versions of {target.Id}; name one with --from.");
                return ExitCodes.InputErrors;
            }

            var impact = AttestationImpact.Assess(attestation, CatalogDiff.Compare(source, target, new DiffPlexWordDiffer()));
            Write(cli.Out, impact);
            if (parse.GetValue(write) is { } output)
            {
                var migrated = impact.Migrate(attestation);
                AtomicFileWriter.WriteText(Path.GetFullPath(output, cli.WorkingDirectory), AttestationYamlWriter.Write(migrated,
                    $"Migrated from {source.Ref} to {target.Ref} by procbase attest impact. Claims marked 'review' count for nothing until re-attested."));
                cli.Out.WriteLine($"Wrote {output}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter w, AttestationImpact impact)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{impact.Diff.Old} → {impact.Diff.New}: {impact.Count(ClaimImpactKind.CarriedOver)} claims carry over, {impact.Count(ClaimImpactKind.CarriedOverRenamed)} carry over under a new id, " +
            $"{impact.Count(ClaimImpactKind.NeedsReattestation)} need re-attestation, {impact.Count(ClaimImpactKind.Withdrawn)} lapse (withdrawn), {impact.Count(ClaimImpactKind.Removed)} lapse (removed); " +
            $"{impact.Unclaimed.Length} new controls have no claim."));
        foreach (var claim in impact.Claims.Where(c => c.Kind != ClaimImpactKind.CarriedOver))
        {
            w.WriteLine(claim.Kind switch
            {
                ClaimImpactKind.CarriedOverRenamed => $"  renamed       {claim.Claim.Control.ControlId} → {claim.NewId}",
                ClaimImpactKind.NeedsReattestation => $"  re-attest     {claim.Claim.Control.ControlId}{(claim.NewId != claim.Claim.Control.ControlId ? $" → {claim.NewId}" : "")}: {claim.Change.Statement?.Diff?.ToString() ?? "text changed"}",
                ClaimImpactKind.Withdrawn => $"  withdrawn     {claim.Claim.Control.ControlId}{(claim.Change.Successors.IsDefaultOrEmpty ? "" : $" (successor: {string.Join(", ", claim.Change.Successors.Select(s => s.ControlId))})")}",
                _ => $"  removed       {claim.Claim.Control.ControlId}",
            });
        }

        foreach (var added in impact.Unclaimed)
        {
            w.WriteLine($"  new, no claim {added.NewId}: {added.New?.Title.Default}");
        }
    }
}
