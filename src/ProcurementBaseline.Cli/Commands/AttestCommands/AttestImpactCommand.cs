using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary><c>procbase attest impact ATTESTATION --to ID@NEW</c>: what a new catalog version means for a submission.</summary>
public static class AttestImpactCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("attestation") { Description = "The attestation made against the old version." };
        var to = new Option<string>("--to") { Description = "The new catalog version, as id@version.", Required = true };
        var from = new Option<string?>("--from") { Description = "The old version. Default: the version of that catalog the attestation's claims use." };
        var write = new Option<string?>("--write")
        {
            Description = "Write the migrated attestation here (it may be the attestation itself): your file edited in place, comments and layout kept; carried-over claims moved to the new version, changed ones marked for review, lapsed ones commented out.",
        };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("impact", "List which claims carry over to a new catalog version, which were renamed, which need re-attestation (with their diffs), which lapse, and which new controls have no claim.")
        {
            file, to, from, write, standards, format,
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
            var json = parse.GetValue(format) == OutputFormat.Json;
            if (!json)
            {
                Write(cli.Out, impact);
            }

            AttestationMigration.Result? migration = null;
            if (parse.GetValue(write) is { } output)
            {
                var input = Path.GetFullPath(parse.GetValue(file)!, cli.WorkingDirectory);
                // The file as loaded a moment ago, read again the same safe way (a regular file, within the size limit).
                if (InputFiles.ReadAll(input, InputLimits.DefaultMaxAttestationBytes) is not ({ } bytes, _))
                {
                    cli.Error.WriteLine($"error: {Text.VisibleText.Escape(loaded.Shown)} could not be read again to edit it.");
                    return ExitCodes.InputErrors;
                }

                migration = AttestationMigration.Write(System.Text.Encoding.UTF8.GetString(bytes), attestation, impact, loaded.Shown);
                AtomicFileWriter.WriteText(Path.GetFullPath(output, cli.WorkingDirectory), migration.Text);
                (json ? cli.Error : cli.Out).WriteLine(migration.InPlace
                    ? $"Wrote {output}: the attestation edited in place, its comments and layout kept."
                    : $"Wrote {output}: the attestation written afresh (its layout could not be edited in place, so its comments are not kept).");
            }

            if (json)
            {
                cli.Out.Write(CliJson.Serialize(ImpactJson(impact, parse.GetValue(write), migration)));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static AttestationImpactJson ImpactJson(AttestationImpact impact, string? written, AttestationMigration.Result? migration) => new(
        impact.Diff.Old.ToString(), impact.Diff.New.ToString(),
        Enum.GetValues<ClaimImpactKind>().ToDictionary(Word, impact.Count, StringComparer.Ordinal),
        [.. impact.Claims.Select(c => new ClaimImpactJson(c.Claim.Control.ToString(), Word(c.Kind),
            c.NewId is { } id ? new Harmonisation.ControlKey(impact.Diff.New, id).ToString() : null,
            c.Kind == ClaimImpactKind.NeedsReattestation ? c.Change.Statement?.Diff?.ToString() ?? "text changed" : null,
            c.Change.Successors.IsDefaultOrEmpty ? null : [.. c.Change.Successors.Select(s => s.ToString())]))],
        [.. impact.Unclaimed.Select(c => new NewControlJson(new Harmonisation.ControlKey(impact.Diff.New, c.NewId!).ToString(), c.New?.Title.Default))],
        written, migration?.InPlace);

    private static string Word(ClaimImpactKind kind) => kind switch
    {
        ClaimImpactKind.CarriedOver => "carried-over",
        ClaimImpactKind.CarriedOverRenamed => "renamed",
        ClaimImpactKind.NeedsReattestation => "re-attest",
        ClaimImpactKind.Withdrawn => "withdrawn",
        _ => "removed",
    };

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
