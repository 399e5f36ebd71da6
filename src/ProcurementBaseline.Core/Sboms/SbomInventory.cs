using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sboms;

/// <summary>
/// What an SBOM holds, kept small enough for a million components: per component its reference (hashed), the facts
/// and profile properties it carries, and its label; the references that take part in dependencies and licence
/// relationships; the purls; and the vulnerability statements. A reader streams into it; profiles are then judged on it.
/// </summary>
public sealed class SbomInventory(string file, SbomPropertyNames properties) : ISbomSink
{
    /// <summary>More components than any real SBOM holds; past it the rest is not read.</summary>
    public const int MaxComponents = 2_000_000;

    private const int MaxReported = 20;

    private readonly List<SbomInventoryEntry> _entries = [];
    private readonly List<string> _labels = [];
    private readonly Dictionary<ulong, int> _byRef = [];
    private readonly HashSet<ulong> _purls = [];
    private readonly HashSet<ulong> _subjectNames = [];
    private readonly HashSet<ulong> _related = [];
    private readonly HashSet<ulong> _licensed = [];
    private readonly List<(ulong From, ulong To)> _edges = [];
    private readonly List<VexStatement> _statements = [];
    private readonly DiagnosticBag _diagnostics = new();
    private int _duplicates;
    private bool _completed;

    public string File { get; } = file;

    public SbomPropertyNames PropertyNames { get; } = properties;

    public int Count => _entries.Count;

    public int MaxDepth { get; private set; }

    public bool Truncated { get; private set; }

    public IReadOnlyList<VexStatement> Statements => _statements;

    public ImmutableArray<Diagnostic> Diagnostics() => _diagnostics.ToImmutableSorted();

    public void Component(SbomComponent component)
    {
        if (_entries.Count >= MaxComponents)
        {
            if (!Truncated)
            {
                _diagnostics.Add(DiagnosticCodes.SbomTooManyComponents, component.Origin ?? SourceLocation.WholeFile(File), MaxComponents);
            }

            Truncated = true;
            return;
        }

        var refHash = component.Ref is { Length: > 0 } reference ? StableHash.Of(reference) : 0;
        if (refHash != 0 && !_byRef.TryAdd(refHash, _entries.Count) && ++_duplicates <= MaxReported)
        {
            _diagnostics.Add(DiagnosticCodes.SbomDuplicateRef, component.Origin ?? SourceLocation.WholeFile(File), component.Ref, _labels[_byRef[refHash]]);
        }

        if (component.Purl is { Length: > 0 } purl)
        {
            _purls.Add(StableHash.Of(purl));
            if (Purls.WithoutQualifiers(purl) is var bare && !ReferenceEquals(bare, purl))
            {
                _purls.Add(StableHash.Of(bare));
            }
        }

        MaxDepth = Math.Max(MaxDepth, component.Depth);
        _entries.Add(new SbomInventoryEntry(refHash, component.Facts, PropertyNames.BitsOf(component)));
        _labels.Add(component.Label);
    }

    public void Subject(SbomComponent subject)
    {
        if (subject.Ref is { Length: > 0 } reference)
        {
            _subjectNames.Add(StableHash.Of(reference));
        }

        if (subject.Purl is { Length: > 0 } purl)
        {
            _subjectNames.Add(StableHash.Of(purl));
            _subjectNames.Add(StableHash.Of(Purls.WithoutQualifiers(purl)));
        }
    }

    public void Relationship(SbomRelationship relationship)
    {
        var from = relationship.From;
        switch (relationship.Kind)
        {
            case SbomRelationshipKind.DependsOn:
                var to = relationship.To;
                _related.Add(from);
                _related.Add(to);
                _edges.Add((from, to));
                break;
            case SbomRelationshipKind.NoDependencies:
                _related.Add(from);
                break;
            case SbomRelationshipKind.HasLicence:
                _licensed.Add(from);
                break;
        }
    }

    public void Statement(VexStatement statement) => _statements.Add(statement);

    /// <summary>Whether a component, or the SBOM's subject, has this purl or this reference.</summary>
    public bool Names(string purlOrRef)
    {
        var hash = StableHash.Of(purlOrRef);
        return _purls.Contains(hash) || _byRef.ContainsKey(hash) || _subjectNames.Contains(hash);
    }

    /// <summary>Applies what relationships state to the components and looks for a dependency cycle. Call once, after reading.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            var facts = entry.Facts
                | (_related.Contains(entry.Ref) ? SbomFact.Dependencies : SbomFact.None)
                | (_licensed.Contains(entry.Ref) ? SbomFact.Licence : SbomFact.None);
            _entries[i] = entry with { Facts = facts };
        }

        if (_duplicates > MaxReported)
        {
            _diagnostics.Add(DiagnosticCodes.SbomDuplicateRef, SourceLocation.WholeFile(File), $"({_duplicates - MaxReported} more)", "others");
        }

        if (DependencyCycles.Find(_edges) is { } cycle)
        {
            _diagnostics.Add(DiagnosticCodes.SbomDependencyCycle, SourceLocation.WholeFile(File), string.Join(" → ", cycle.Select(LabelOf)));
        }
    }

    /// <summary>The components' facts and property bits in document order (complete once <see cref="Complete"/> has run).</summary>
    public ReadOnlySpan<SbomInventoryEntry> Entries => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries);

    /// <summary>The label ("name@version") of the component at <paramref name="index"/> in <see cref="Entries"/>.</summary>
    public string Label(int index) => _labels[index];

    private string LabelOf(ulong reference) => _byRef.TryGetValue(reference, out var index) ? _labels[index] : "(a reference to no component)";

}

/// <summary>One component as the inventory keeps it: its hashed reference, the facts it carries and its profile-property bits.</summary>
public readonly record struct SbomInventoryEntry(ulong Ref, SbomFact Facts, long Properties);
