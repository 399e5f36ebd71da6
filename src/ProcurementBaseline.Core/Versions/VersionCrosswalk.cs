using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Versions;

/// <summary>
/// A crosswalk from one version of a catalog to the next, written from their diff, so that the harmonisation
/// engine can carry claims forward.
/// <list type="bullet">
/// <item>Unchanged controls and pure renames (same statement) map equal-to. Identical text needs no judgement, so
/// these are recorded as derived (not reviewed: nobody looked), by automation.</item>
/// <item>Changed statements map equivalent-to (only function words such as "the" changed), subset-of (only words
/// added: the new version asks more), superset-of (only words removed) or intersects-with (both), as suggested
/// drafts for a person to review.</item>
/// <item>Withdrawn controls map to their successors the same way; removed ones map to nothing.</item>
/// <item>A control whose text was not retrieved in either version gets no mapping: there is nothing to compare.</item>
/// </list>
/// </summary>
public static class VersionCrosswalk
{
    private const string Author = "procbase catalog diff";

    public static Crosswalk From(CatalogDiff diff, DateOnly date) => new()
    {
        Source = diff.Old,
        Target = diff.New,
        Title = $"{diff.Old} to {diff.New}: version crosswalk from the catalog diff",
        Description = "Written by 'procbase catalog diff --emit-crosswalk'. Equal-to mappings join identical statements (provenance derived); the others are drafts to review.",
        Mappings = [.. diff.Changes.SelectMany(c => Mappings(c, date))],
    };

    private static IEnumerable<Mapping> Mappings(ControlChange change, DateOnly date)
    {
        if (change.Old?.Fidelity == Fidelity.NotRetrieved || change.New?.Fidelity == Fidelity.NotRetrieved)
        {
            yield break;
        }

        switch (change.Kind)
        {
            case ChangeKind.Unchanged:
                yield return Certain(change.OldId!, change.NewId!, date, "Unchanged.");
                break;
            case ChangeKind.Changed when change.Statement is null:
                yield return Certain(change.OldId!, change.NewId!, date, $"Statement unchanged; changed: {string.Join(", ", change.Fields.Select(f => f.Field))}.");
                break;
            case ChangeKind.Renamed when change.Similarity >= 1:
                yield return Certain(change.OldId!, change.NewId!, date, $"Renamed{(change.Explicit ? " (moved-to in the new version)" : "")}; statement unchanged.");
                break;
            case ChangeKind.Changed or ChangeKind.Renamed:
                yield return Draft(change.OldId!, change.NewId!, change.Statement?.Diff, change.Similarity ?? TextComparison.Similarity(change.Old?.Statement?.Default, change.New?.Statement?.Default), date,
                    change.Kind == ChangeKind.Renamed ? "Renamed, with its statement changed" : "Statement changed");
                break;
            case ChangeKind.Withdrawn when change.OldId is not null:
                foreach (var successor in change.Successors)
                {
                    yield return new Mapping
                    {
                        Sources = [change.OldId!],
                        Targets = [successor.ControlId],
                        Relationship = successor.Kind == SuccessorKind.IncorporatedInto ? Relationship.SubsetOf : Relationship.IntersectsWith,
                        Rationale = RationaleType.Semantic,
                        Strength = 5,
                        Provenance = Provenance.Suggested,
                        Method = MappingMethod.Automation,
                        Author = Author,
                        Date = date,
                        Status = MappingStatus.Draft,
                        Remarks = $"Withdrawn; the new version names {successor.ControlId} as its successor ({(successor.Kind == SuccessorKind.IncorporatedInto ? "incorporated into" : "moved to")}).",
                    };
                }

                break;
        }
    }

    /// <summary>Words whose addition or removal changes the wording, not the requirement.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "as", "such", "them", "it", "its", "their",
        "that", "which", "where", "whose", "etc", "e", "g", "i", "is", "are", "be",
    };

    private static bool OnlyFunctionWordsChanged(WordDiff diff) =>
        diff.Segments.Where(s => s.Operation != DiffOperation.Same)
            .SelectMany(s => TextComparison.Normalise(s.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .All(FunctionWords.Contains);

    private static Mapping Certain(string from, string to, DateOnly date, string remark) => new()
    {
        Sources = [from],
        Targets = [to],
        Relationship = Relationship.EqualTo,
        Rationale = RationaleType.Syntactic,
        Strength = 10,
        Provenance = Provenance.Derived,
        Method = MappingMethod.Automation,
        Author = Author,
        Date = date,
        Status = MappingStatus.Reviewed,
        Remarks = remark,
    };

    private static Mapping Draft(string from, string to, WordDiff? diff, double similarity, DateOnly date, string what) => new()
    {
        Sources = [from],
        Targets = [to],
        Relationship = diff switch
        {
            _ when diff is not null && OnlyFunctionWordsChanged(diff) => Relationship.EquivalentTo,
            { HasInsertions: true, HasDeletions: false } => Relationship.SubsetOf,
            { HasInsertions: false, HasDeletions: true } => Relationship.SupersetOf,
            _ => Relationship.IntersectsWith,
        },
        Rationale = RationaleType.Syntactic,
        Strength = Math.Clamp((int)Math.Round(similarity * 10), 1, 8),
        Provenance = Provenance.Suggested,
        Method = MappingMethod.Automation,
        Author = Author,
        Date = date,
        Status = MappingStatus.Draft,
        Remarks = string.Create(CultureInfo.InvariantCulture, $"{what} (similarity {similarity:0.00}): {diff?.ToString() ?? "no statement"}"),
    };
}
