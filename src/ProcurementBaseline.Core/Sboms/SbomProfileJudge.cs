using System.Collections.Immutable;

namespace ProcurementBaseline.Sboms;

/// <summary>Judges a completed inventory against profiles: for each field, the first of its places that each component fills.</summary>
public static class SbomProfileJudge
{
    public const int Offenders = 5;

    public static SbomProfileResult Judge(SbomInventory inventory, SbomMetadata metadata, SbomProfile profile)
    {
        inventory.Complete();
        var family = metadata.Format.Family();
        var fields = ImmutableArray.CreateBuilder<SbomFieldResult>(profile.Fields.Length);
        foreach (var field in profile.Fields)
        {
            var sources = field.SourcesFor(family);
            var masks = sources.Select(s => (Fact: s.Fact, Bit: s.Property is { } name ? inventory.PropertyNames.Bit(name) : 0)).ToArray();
            var bySource = new int[sources.Length];
            if (field.Scope == SbomFieldScope.Document)
            {
                var first = Array.FindIndex(masks, m => m.Fact != SbomFact.None && metadata.Facts.HasFlag(m.Fact));
                if (first >= 0)
                {
                    bySource[first] = 1;
                }

                fields.Add(new SbomFieldResult(field, first >= 0 ? 1 : 0, 1, [.. bySource], first >= 0 ? [] : ["the document"]));
                continue;
            }

            var have = 0;
            var offenders = ImmutableArray.CreateBuilder<string>();
            var entries = inventory.Entries;
            for (var i = 0; i < entries.Length; i++)
            {
                var found = FirstFilled(masks, entries[i].Facts, entries[i].Properties);
                if (found >= 0)
                {
                    have++;
                    bySource[found]++;
                }
                else if (offenders.Count < Offenders)
                {
                    offenders.Add(inventory.Label(i));
                }
            }

            fields.Add(new SbomFieldResult(field, have, inventory.Count, [.. bySource], offenders.ToImmutable()));
        }

        return new SbomProfileResult(profile, metadata.Format, inventory.Count, fields.MoveToImmutable());
    }

    private static int FirstFilled((SbomFact Fact, long Bit)[] masks, SbomFact facts, long properties)
    {
        for (var i = 0; i < masks.Length; i++)
        {
            if ((masks[i].Fact != SbomFact.None && (facts & masks[i].Fact) != 0) || (masks[i].Bit != 0 && (properties & masks[i].Bit) != 0))
            {
                return i;
            }
        }

        return -1;
    }
}
