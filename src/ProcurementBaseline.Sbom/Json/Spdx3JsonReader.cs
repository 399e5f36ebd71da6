using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Json;

/// <summary>
/// Reads an SPDX 3.0 JSON-LD document as plain JSON: the @graph's elements, with references resolved by id. Suppliers,
/// licences, annotations and VEX assessments are separate elements that may come in any order, so packages are
/// held until the graph has been read (SPDX 3 documents are not streamed component by component as the others are).
/// </summary>
internal sealed class Spdx3JsonReader(JsonTokenStream json, string file, ISbomSink sink, DiagnosticBag diagnostics)
{
    private readonly List<Spdx3Element> _packages = [];
    private readonly List<Spdx3Element> _relationships = [];
    private readonly List<Spdx3Element> _annotations = [];
    private readonly Dictionary<string, Spdx3Element> _named = new(StringComparer.Ordinal);
    private readonly List<Spdx3Element> _documents = [];
    private bool _vulnerabilities;

    public SbomMetadata Read()
    {
        json.Next();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new SbomReadException("an SPDX 3 document is a JSON object", json.Location());
        }

        var sawGraph = false;
        while (json.NextProperty())
        {
            if (json.Is("@graph"u8))
            {
                sawGraph = true;
                json.Each(() =>
                {
                    if (json.TokenType == JsonTokenType.StartObject)
                    {
                        Keep(Element());
                    }
                    else
                    {
                        json.SkipCurrent();
                    }
                });
            }
            else
            {
                json.SkipValue();
            }
        }

        if (!sawGraph)
        {
            throw new SbomReadException("the SPDX 3 document has no @graph", SourceLocation.WholeFile(file));
        }

        return Emit();
    }

    private void Keep(Spdx3Element element)
    {
        if (element.Id is { } id)
        {
            _named.TryAdd(id, element);
        }

        switch (element.Type)
        {
            case "software_Package":
                _packages.Add(element);
                break;
            case "Relationship" or "LifecycleScopedRelationship":
                _relationships.Add(element);
                break;
            case "Annotation":
                _annotations.Add(element);
                break;
            case "SpdxDocument" or "software_Sbom":
                _documents.Add(element);
                break;
            case "security_Vulnerability":
                _vulnerabilities = true;
                break;
            case { } type when type.StartsWith("security_Vex", StringComparison.Ordinal):
                _vulnerabilities = true;
                _relationships.Add(element);
                break;
        }
    }

    private SbomMetadata Emit()
    {
        var properties = _annotations.Where(a => a.Subject is not null).ToLookup(a => a.Subject!, a => SpdxText.Property(a.Statement), StringComparer.Ordinal);
        foreach (var package in _packages)
        {
            sink.Component(Component(package, properties));
        }

        foreach (var relationship in _relationships)
        {
            Relate(relationship);
        }

        var sbom = _documents.FirstOrDefault(d => d.Type == "software_Sbom") ?? _documents.FirstOrDefault();
        var root = sbom?.RootElements.Select(r => _named.GetValueOrDefault(r)).FirstOrDefault(e => e?.Type == "software_Package");
        if (root is not null)
        {
            sink.Subject(Component(root, properties));
        }

        var creation = Creation(sbom) ?? Creation(_packages.FirstOrDefault());
        var specVersion = creation?.SpecVersion;
        if (specVersion is null || !specVersion.StartsWith("3.0", StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCodes.SbomUnsupportedVersion, creation?.At ?? SourceLocation.WholeFile(file), "SPDX", specVersion ?? "(none)", "SPDX-2.2, SPDX-2.3 (JSON) and 3.0 (JSON-LD)");
        }

        return new SbomMetadata
        {
            Format = SbomFormat.Spdx3JsonLd,
            SpecVersion = specVersion,
            Serial = _documents.FirstOrDefault(d => d.Type == "SpdxDocument")?.Id,
            Authors = [.. creation?.CreatedBy.Select(AgentName).OfType<string>() ?? []],
            Tools = [.. creation?.CreatedUsing.Select(AgentName).OfType<string>() ?? []],
            Timestamp = creation?.Created,
            Lifecycles = [.. sbom?.SbomTypes ?? []],
            SubjectName = root?.Name,
            SubjectVersion = root?.Version,
            HasVulnerabilityData = _vulnerabilities,
        };
    }

    private Spdx3Element? Creation(Spdx3Element? element) =>
        element?.CreationInfo ?? (element?.CreationInfoRef is { } id ? _named.GetValueOrDefault(id) : null);

    private string? AgentName(string id) => _named.TryGetValue(id, out var agent) ? SbomValues.Meaningful(agent.Name) ?? id : id;

    private SbomComponent Component(Spdx3Element p, ILookup<string, SbomProperty?> properties)
    {
        string? Identifier(params string[] types) => p.ExternalIdentifiers.FirstOrDefault(i => types.Contains(i.Type)).Identifier;
        return new SbomComponent
        {
            Ref = p.Id,
            Name = p.Name,
            Version = p.Version,
            Description = p.Description ?? p.Summary,
            Supplier = p.SuppliedBy is { } s ? AgentName(s) : null,
            Originator = p.OriginatedBy.Count > 0 ? string.Join(", ", p.OriginatedBy.Select(AgentName)) : null,
            Hashes = [.. p.Hashes],
            Purl = SbomValues.Meaningful(p.PackageUrl) ?? Identifier("packageUrl"),
            Cpe = Identifier("cpe23", "cpe22"),
            Swid = Identifier("swid"),
            HasOtherIdentifier = Identifier("gitoid", "swhid", "urlScheme", "other") is not null,
            ExternalReferences = p.ExternalReferences,
            ReleaseDate = p.Release,
            ValidUntil = p.ValidUntil,
            Comment = p.Comment,
            Purpose = p.Purpose?.ToLowerInvariant(),
            Copyright = p.Copyright,
            Properties = p.Id is null ? [] : [.. properties[p.Id].OfType<SbomProperty>()],
            Origin = p.At,
        };
    }

    private void Relate(Spdx3Element r)
    {
        if (r.From is null)
        {
            return;
        }

        if (r.Type is { } type && type.StartsWith("security_Vex", StringComparison.Ordinal))
        {
            var status = r.RelationshipType switch
            {
                "doesNotAffect" => VexStatus.NotAffected,
                "fixedIn" => VexStatus.Fixed,
                "underInvestigationFor" => VexStatus.UnderInvestigation,
                _ => VexStatus.Affected,
            };
            var vulnerability = _named.TryGetValue(r.From, out var v) ? v.ExternalIdentifiers.FirstOrDefault().Identifier ?? v.Name ?? r.From : r.From;
            foreach (var product in r.To)
            {
                sink.Statement(new VexStatement(vulnerability, product, status, r.ActionStatement, r.Justification, r.At));
            }

            return;
        }

        switch (r.RelationshipType)
        {
            case "hasConcludedLicense" or "hasDeclaredLicense":
                sink.Relationship(SbomRelationship.Between(r.From, SbomRelationshipKind.HasLicence, r.To.FirstOrDefault() ?? ""));
                break;
            case "dependsOn" or "contains" or "hasDynamicLink" or "hasStaticLink" or "hasProvidedDependency" or "hasOptionalDependency" or "hasPrerequisite":
                foreach (var to in r.To)
                {
                    sink.Relationship(to.EndsWith("NoneElement", StringComparison.Ordinal) || to.EndsWith("NoAssertionElement", StringComparison.Ordinal)
                        ? SbomRelationship.Between(r.From, SbomRelationshipKind.NoDependencies, r.From)
                        : SbomRelationship.Between(r.From, SbomRelationshipKind.DependsOn, to));
                }

                if (r.To.Count == 0)
                {
                    sink.Relationship(SbomRelationship.Between(r.From, SbomRelationshipKind.NoDependencies, r.From));
                }

                break;
        }
    }

    /// <summary>Reads an element object whose start is current.</summary>
    private Spdx3Element Element()
    {
        var e = new Spdx3Element { At = json.Location() };
        while (json.NextProperty())
        {
            switch (true)
            {
                case true when json.Is("type"u8) || json.Is("@type"u8): e.Type = json.ReadScalar(); break;
                case true when json.Is("spdxId"u8) || json.Is("@id"u8): var id = json.ReadScalar(); e.Id ??= id; break;
                case true when json.Is("name"u8): e.Name = json.ReadScalar(); break;
                case true when json.Is("software_packageVersion"u8): e.Version = json.ReadScalar(); break;
                case true when json.Is("description"u8): e.Description = json.ReadScalar(); break;
                case true when json.Is("summary"u8): e.Summary = json.ReadScalar(); break;
                case true when json.Is("comment"u8): e.Comment = json.ReadScalar(); break;
                case true when json.Is("created"u8): e.Created = json.ReadScalar(); break;
                case true when json.Is("specVersion"u8): e.SpecVersion = json.ReadScalar(); break;
                case true when json.Is("creationInfo"u8): CreationInfo(e); break;
                case true when json.Is("createdBy"u8): json.Each(() => e.CreatedBy.AddIfPresent(json.Scalar())); break;
                case true when json.Is("createdUsing"u8): json.Each(() => e.CreatedUsing.AddIfPresent(json.Scalar())); break;
                case true when json.Is("suppliedBy"u8): e.SuppliedBy = json.ReadScalar(); break;
                case true when json.Is("originatedBy"u8): json.Each(() => e.OriginatedBy.AddIfPresent(json.Scalar())); break;
                case true when json.Is("software_packageUrl"u8): e.PackageUrl = json.ReadScalar(); break;
                case true when json.Is("externalIdentifier"u8): json.Each(() => ExternalIdentifier(e)); break;
                case true when json.Is("verifiedUsing"u8): json.Each(() => Hash(e)); break;
                case true when json.Is("externalRef"u8): e.ExternalReferences += json.CountItems(); break;
                case true when json.Is("software_downloadLocation"u8) || json.Is("software_homePage"u8):
                    e.ExternalReferences += SbomValues.Meaningful(json.ReadScalar()) is null ? 0 : 1;
                    break;
                case true when json.Is("releaseTime"u8): e.Release = json.ReadScalar(); break;
                case true when json.Is("validUntilTime"u8): e.ValidUntil = json.ReadScalar(); break;
                case true when json.Is("software_primaryPurpose"u8): e.Purpose = json.ReadScalar(); break;
                case true when json.Is("software_copyrightText"u8): e.Copyright = json.ReadScalar(); break;
                case true when json.Is("rootElement"u8): json.Each(() => e.RootElements.AddIfPresent(json.Scalar())); break;
                case true when json.Is("software_sbomType"u8): json.Each(() => e.SbomTypes.AddIfPresent(json.Scalar())); break;
                case true when json.Is("from"u8): e.From = json.ReadScalar(); break;
                case true when json.Is("relationshipType"u8): e.RelationshipType = json.ReadScalar(); break;
                case true when json.Is("to"u8): json.Each(() => e.To.AddIfPresent(json.Scalar())); break;
                case true when json.Is("subject"u8): e.Subject = json.ReadScalar(); break;
                case true when json.Is("statement"u8): e.Statement = json.ReadScalar(); break;
                case true when json.Is("security_actionStatement"u8): e.ActionStatement = SbomValues.Meaningful(json.ReadScalar()) is not null; break;
                case true when json.Is("security_justificationType"u8): e.Justification = json.ReadScalar(); break;
                default: json.SkipValue(); break;
            }
        }

        return e;
    }

    private void CreationInfo(Spdx3Element e)
    {
        json.Next();
        if (json.TokenType == JsonTokenType.StartObject)
        {
            e.CreationInfo = Element();
        }
        else
        {
            e.CreationInfoRef = json.Scalar();
            json.SkipCurrent();
        }
    }

    private void ExternalIdentifier(Spdx3Element e)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return;
        }

        string? type = null, identifier = null;
        while (json.NextProperty())
        {
            if (json.Is("externalIdentifierType"u8))
            {
                type = json.ReadScalar();
            }
            else if (json.Is("identifier"u8))
            {
                identifier = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        if (type is not null && SbomValues.Meaningful(identifier) is { } id)
        {
            e.ExternalIdentifiers.Add((type, id));
        }
    }

    private void Hash(Spdx3Element e)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return;
        }

        string? algorithm = null, value = null;
        while (json.NextProperty())
        {
            if (json.Is("algorithm"u8))
            {
                algorithm = json.ReadScalar();
            }
            else if (json.Is("hashValue"u8))
            {
                value = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        if (algorithm is not null && SbomValues.Meaningful(value) is { } v)
        {
            e.Hashes.Add(new SbomHash(algorithm, v));
        }
    }
}
