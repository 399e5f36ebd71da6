using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Json;

/// <summary>
/// Streams a CycloneDX JSON BOM (1.2 to 1.7): metadata, components (nested ones included, with their depth),
/// dependencies and vulnerabilities, in whatever order the document gives them.
/// </summary>
internal sealed class CycloneDxJsonReader(JsonTokenStream json, string file, ISbomSink sink, DiagnosticBag diagnostics)
{
    private readonly CycloneDxMetadataBuilder _metadata = new(SbomFormat.CycloneDxJson);
    private readonly List<ulong> _targets = [];
    private readonly CycloneDxComponentBuilders _builders = new();

    public SbomMetadata? Read()
    {
        json.Next();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new SbomReadException("a CycloneDX BOM is a JSON object", json.Location());
        }

        var sawFormat = false;
        while (json.NextProperty())
        {
            if (json.Is("bomFormat"u8))
            {
                var at = json.Location();
                if (json.ReadScalar() != "CycloneDX")
                {
                    throw new SbomReadException("bomFormat is not \"CycloneDX\"", at);
                }

                sawFormat = true;
            }
            else if (json.Is("specVersion"u8))
            {
                var at = json.Location();
                _metadata.SpecVersion = json.ReadScalar();
                CycloneDxVersions.Check(_metadata.SpecVersion, at, diagnostics);
            }
            else if (json.Is("serialNumber"u8))
            {
                _metadata.Serial = json.ReadScalar();
            }
            else if (json.Is("metadata"u8))
            {
                Metadata();
            }
            else if (json.Is("components"u8))
            {
                Components(0);
            }
            else if (json.Is("dependencies"u8))
            {
                Dependencies();
            }
            else if (json.Is("vulnerabilities"u8))
            {
                Vulnerabilities();
            }
            else
            {
                json.SkipValue();
            }
        }

        if (json.Read())
        {
            throw new SbomReadException("there is more after the BOM's closing brace", json.Location());
        }

        return sawFormat ? _metadata.Build() : throw new SbomReadException("the BOM has no bomFormat", SourceLocation.WholeFile(file));
    }

    private void Metadata()
    {
        if (!json.ReadObject())
        {
            return;
        }

        while (json.NextProperty())
        {
            if (json.Is("timestamp"u8))
            {
                _metadata.Timestamp = json.ReadScalar();
            }
            else if (json.Is("authors"u8))
            {
                json.Each(() => _metadata.Authors.AddIfPresent(NamedEntity()));
            }
            else if (json.Is("manufacture"u8) || json.Is("manufacturer"u8) || json.Is("supplier"u8))
            {
                _metadata.Organisations.AddIfPresent(NamedEntity());
            }
            else if (json.Is("tools"u8))
            {
                Tools();
            }
            else if (json.Is("lifecycles"u8))
            {
                json.Each(() => _metadata.Lifecycles.AddIfPresent(Lifecycle()));
            }
            else if (json.Is("component"u8))
            {
                if (json.ReadObject())
                {
                    _metadata.Subject = Component(0, nested: false);
                    sink.Subject(_metadata.Subject);
                }
            }
            else
            {
                json.SkipValue();
            }
        }
    }

    private void Tools()
    {
        json.Next();
        if (json.TokenType == JsonTokenType.StartArray)
        {
            // 1.2 to 1.4: an array of tools; 1.5 and later still accept it.
            while (json.NextItem())
            {
                _metadata.Tools.AddIfPresent(json.TokenType == JsonTokenType.StartObject ? NamedObject() : json.Scalar());
            }
        }
        else if (json.TokenType == JsonTokenType.StartObject)
        {
            // 1.5 and later: { components: [...], services: [...] }.
            while (json.NextProperty())
            {
                if (json.Is("components"u8) || json.Is("services"u8))
                {
                    json.Each(() => _metadata.Tools.AddIfPresent(NamedObjectAfterRead()));
                }
                else
                {
                    json.SkipValue();
                }
            }
        }
        else
        {
            json.SkipCurrent();
        }
    }

    private void Components(int depth)
    {
        if (!json.ReadArray())
        {
            return;
        }

        while (json.NextItem())
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.SkipCurrent();
                continue;
            }

            sink.Component(Component(depth, nested: true));
        }
    }

    /// <summary>Reads a component object whose start is current. Nested components are handed to the sink as they are met, before their parent.</summary>
    private SbomComponent Component(int depth, bool nested)
    {
        if (depth > CycloneDxLimits.MaxNesting)
        {
            throw new SbomReadException(string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticCodes.SbomTooDeep.MessageFormat, CycloneDxLimits.MaxNesting), json.Location());
        }

        var at = json.Location();
        var c = _builders.At(depth);
        while (json.NextProperty())
        {
            switch (true)
            {
                case true when json.Is("bom-ref"u8): c.Ref = json.ReadScalar(); break;
                case true when json.Is("type"u8): c.Type = json.ReadSharedScalar(); break;
                case true when json.Is("name"u8): c.Name = json.ReadScalar(); break;
                case true when json.Is("group"u8): c.Group = json.ReadScalar(); break;
                case true when json.Is("version"u8): c.Version = json.ReadScalar(); break;
                case true when json.Is("description"u8): c.Description = json.ReadScalar(); break;
                case true when json.Is("supplier"u8): c.Supplier = NamedEntity(); break;
                case true when json.Is("manufacturer"u8): c.Manufacturer = NamedEntity(); break;
                case true when json.Is("publisher"u8): c.Publisher = json.ReadScalar(); break;
                case true when json.Is("author"u8): c.Author = json.ReadScalar(); break;
                case true when json.Is("authors"u8): json.Each(() => c.AddAuthor(NamedEntity())); break;
                case true when json.Is("copyright"u8): c.Copyright = json.ReadScalar(); break;
                case true when json.Is("purl"u8): c.Purl = json.ReadScalar(); break;
                case true when json.Is("cpe"u8): c.Cpe = json.ReadScalar(); break;
                case true when json.Is("swid"u8): c.Swid = SwidTag(); break;
                case true when json.Is("omniborId"u8) || json.Is("swhid"u8): c.OtherIdentifier |= json.CountItems() > 0; break;
                case true when json.Is("hashes"u8): json.Each(() => c.AddHash(Hash())); break;
                case true when json.Is("licenses"u8): json.Each(() => c.AddLicence(Licence())); break;
                case true when json.Is("externalReferences"u8): c.ExternalReferences += json.CountItems(); break;
                case true when json.Is("pedigree"u8): c.Pedigree = PresentObject(); break;
                case true when json.Is("releaseNotes"u8): c.ReleaseDate = ReleaseNotesTimestamp(); break;
                case true when json.Is("properties"u8): json.Each(() => c.AddProperty(Property())); break;
                case true when json.Is("components"u8): Components(depth + 1); break;
                default: json.SkipValue(); break;
            }
        }

        return c.Build(depth, at, nested);
    }

    private void Dependencies()
    {
        if (!json.ReadArray())
        {
            return;
        }

        while (json.NextItem())
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.SkipCurrent();
                continue;
            }

            // References are hashed straight from the bytes: a large SBOM's dependency graph allocates nothing.
            ulong? from = null;
            _targets.Clear();
            while (json.NextProperty())
            {
                if (json.Is("ref"u8))
                {
                    json.Next();
                    from = json.ReferenceHash();
                }
                else if (json.Is("dependsOn"u8) || json.Is("provides"u8))
                {
                    if (json.ReadArray())
                    {
                        while (json.NextItem())
                        {
                            if (json.ReferenceHash() is { } to)
                            {
                                _targets.Add(to);
                            }
                        }
                    }
                }
                else
                {
                    json.SkipValue();
                }
            }

            if (from is not { } source)
            {
                continue;
            }

            if (_targets.Count == 0)
            {
                sink.Relationship(new SbomRelationship(source, SbomRelationshipKind.NoDependencies, source));
            }

            foreach (var to in _targets)
            {
                sink.Relationship(new SbomRelationship(source, SbomRelationshipKind.DependsOn, to));
            }
        }
    }

    private void Vulnerabilities()
    {
        if (!json.ReadArray())
        {
            return;
        }

        // An empty list is a statement too: no known vulnerability.
        _metadata.HasVulnerabilities = true;
        while (json.NextItem())
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.SkipCurrent();
                continue;
            }

            _metadata.HasVulnerabilities = true;
            var at = json.Location();
            string? id = null;
            string? state = null;
            string? justification = null;
            var responses = 0;
            var affects = new List<string>();
            while (json.NextProperty())
            {
                if (json.Is("id"u8))
                {
                    id = json.ReadScalar();
                }
                else if (json.Is("analysis"u8) && json.ReadObject())
                {
                    while (json.NextProperty())
                    {
                        switch (true)
                        {
                            case true when json.Is("state"u8): state = json.ReadScalar(); break;
                            case true when json.Is("justification"u8): justification = json.ReadScalar(); break;
                            case true when json.Is("response"u8): responses += json.CountItems(); break;
                            default: json.SkipValue(); break;
                        }
                    }
                }
                else if (json.Is("affects"u8))
                {
                    json.Each(() =>
                    {
                        if (json.TokenType != JsonTokenType.StartObject)
                        {
                            json.SkipCurrent();
                            return;
                        }

                        while (json.NextProperty())
                        {
                            if (json.Is("ref"u8))
                            {
                                affects.AddIfPresent(json.ReadScalar());
                            }
                            else
                            {
                                json.SkipValue();
                            }
                        }
                    });
                }
                else
                {
                    json.SkipValue();
                }
            }

            foreach (var statement in CycloneDxVulnerabilities.Statements(id, state, justification, responses > 0, affects, at))
            {
                sink.Statement(statement);
            }
        }
    }

    /// <summary>An organisational entity or contact ({ name, ... }) or a plain string, as its name: the value after the current property name, or the current array item.</summary>
    private string? NamedEntity()
    {
        if (json.TokenType == JsonTokenType.PropertyName)
        {
            json.Next();
        }

        return NamedObjectAfterRead();
    }

    private string? NamedObjectAfterRead()
    {
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject:
                return NamedObject();
            case JsonTokenType.StartArray:
                json.SkipCurrent();
                return null;
            default:
                return SbomValues.Meaningful(json.Scalar());
        }
    }

    /// <summary>The name (or, failing it, the e-mail or url) of an object whose start is current; the object is read to its end.</summary>
    private string? NamedObject()
    {
        string? name = null;
        string? fallback = null;
        while (json.NextProperty())
        {
            if (json.Is("name"u8))
            {
                name = json.ReadSharedScalar();
            }
            else if (json.Is("email"u8) || json.Is("url"u8) || json.Is("vendor"u8))
            {
                var value = json.ReadScalar();
                fallback ??= value;
            }
            else
            {
                json.SkipValue();
            }
        }

        return SbomValues.Meaningful(name) ?? SbomValues.Meaningful(fallback);
    }

    private string? Lifecycle()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? phase = null;
        while (json.NextProperty())
        {
            if (json.Is("phase"u8) || json.Is("name"u8))
            {
                var value = json.ReadScalar();
                phase ??= value;
            }
            else
            {
                json.SkipValue();
            }
        }

        return phase;
    }

    private string? SwidTag()
    {
        if (!json.ReadObject())
        {
            return null;
        }

        string? tag = null;
        while (json.NextProperty())
        {
            if (json.Is("tagId"u8))
            {
                tag = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return tag;
    }

    private SbomHash? Hash()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? alg = null;
        string? content = null;
        while (json.NextProperty())
        {
            if (json.Is("alg"u8))
            {
                alg = json.ReadSharedScalar();
            }
            else if (json.Is("content"u8))
            {
                content = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return alg is null || SbomValues.Meaningful(content) is null ? null : new SbomHash(alg, content!);
    }

    /// <summary>A licence choice: { license: { id | name } } or { expression }.</summary>
    private string? Licence()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? licence = null;
        while (json.NextProperty())
        {
            if (json.Is("expression"u8))
            {
                licence = json.ReadSharedScalar();
            }
            else if (json.Is("license"u8) && json.ReadObject())
            {
                while (json.NextProperty())
                {
                    if (json.Is("id"u8) || json.Is("name"u8))
                    {
                        var value = json.ReadSharedScalar();
                        licence ??= value;
                    }
                    else
                    {
                        json.SkipValue();
                    }
                }
            }
            else
            {
                json.SkipValue();
            }
        }

        return SbomValues.Meaningful(licence);
    }

    private SbomProperty? Property()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? name = null;
        string? value = null;
        while (json.NextProperty())
        {
            if (json.Is("name"u8))
            {
                name = json.ReadSharedScalar();
            }
            else if (json.Is("value"u8))
            {
                value = json.ReadSharedScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return name is null ? null : new SbomProperty(name, value ?? "");
    }

    private bool PresentObject()
    {
        json.Next();
        var present = json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        json.SkipCurrent();
        return present;
    }

    private string? ReleaseNotesTimestamp()
    {
        if (!json.ReadObject())
        {
            return null;
        }

        string? timestamp = null;
        while (json.NextProperty())
        {
            if (json.Is("timestamp"u8))
            {
                timestamp = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return timestamp;
    }
}
