using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Json;

/// <summary>Streams an SPDX 2.2 or 2.3 JSON document: creation info, packages (the components), relationships and what the document describes.</summary>
internal sealed class Spdx2JsonReader(JsonTokenStream json, string file, ISbomSink sink, DiagnosticBag diagnostics)
{
    private const int RememberedPackages = 10_000;

    private readonly List<string> _authors = [];
    private readonly List<string> _tools = [];
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SbomComponent> _firstPackages = new(StringComparer.Ordinal);
    private string? _version;
    private string? _created;
    private string? _namespace;
    private bool _securityReferences;

    public SbomMetadata Read()
    {
        json.Next();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new SbomReadException("an SPDX document is a JSON object", json.Location());
        }

        while (json.NextProperty())
        {
            if (json.Is("spdxVersion"u8))
            {
                var at = json.Location();
                _version = json.ReadScalar();
                if (_version is not ("SPDX-2.2" or "SPDX-2.3"))
                {
                    diagnostics.Add(DiagnosticCodes.SbomUnsupportedVersion, at, "SPDX", _version ?? "(none)", "SPDX-2.2, SPDX-2.3 (JSON) and 3.0 (JSON-LD)");
                }
            }
            else if (json.Is("documentNamespace"u8))
            {
                _namespace = json.ReadScalar();
            }
            else if (json.Is("creationInfo"u8))
            {
                CreationInfo();
            }
            else if (json.Is("documentDescribes"u8))
            {
                json.Each(() => AddDescribed(json.Scalar()));
            }
            else if (json.Is("packages"u8))
            {
                json.Each(Package);
            }
            else if (json.Is("relationships"u8))
            {
                json.Each(Relationship);
            }
            else
            {
                json.SkipValue();
            }
        }

        if (json.Read())
        {
            throw new SbomReadException("there is more after the document's closing brace", json.Location());
        }

        if (_version is null)
        {
            diagnostics.Add(DiagnosticCodes.SbomUnsupportedVersion, SourceLocation.WholeFile(file), "SPDX", "(none)", "SPDX-2.2, SPDX-2.3 (JSON) and 3.0 (JSON-LD)");
        }

        var subject = _described.Select(id => _firstPackages.GetValueOrDefault(id)).FirstOrDefault(p => p is not null);
        if (subject is not null)
        {
            sink.Subject(subject);
        }

        return new SbomMetadata
        {
            Format = SbomFormat.Spdx2Json,
            SpecVersion = _version,
            Serial = _namespace,
            Authors = [.. _authors],
            Tools = [.. _tools],
            Timestamp = _created,
            SubjectName = subject?.Name,
            SubjectVersion = subject?.Version,
            HasVulnerabilityData = _securityReferences,
        };
    }

    private void AddDescribed(string? id)
    {
        if (id is not null)
        {
            _described.Add(id);
        }
    }

    private void CreationInfo()
    {
        if (!json.ReadObject())
        {
            return;
        }

        while (json.NextProperty())
        {
            if (json.Is("created"u8))
            {
                _created = json.ReadScalar();
            }
            else if (json.Is("creators"u8))
            {
                json.Each(() =>
                {
                    if (json.Scalar() is { } creator)
                    {
                        (SpdxText.IsTool(creator) ? _tools : _authors).AddIfPresent(SpdxText.Agent(creator));
                    }
                });
            }
            else
            {
                json.SkipValue();
            }
        }
    }

    private void Package()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return;
        }

        var at = json.Location();
        string? id = null, name = null, version = null, description = null, summary = null, supplier = null, originator = null;
        string? comment = null, release = null, validUntil = null, purpose = null, copyright = null;
        string? purl = null, cpe = null, swid = null;
        var other = false;
        var externalReferences = 0;
        var licences = new List<string>();
        var hashes = new List<SbomHash>();
        var properties = new List<SbomProperty>();
        while (json.NextProperty())
        {
            switch (true)
            {
                case true when json.Is("SPDXID"u8): id = json.ReadScalar(); break;
                case true when json.Is("name"u8): name = json.ReadScalar(); break;
                case true when json.Is("versionInfo"u8): version = json.ReadScalar(); break;
                case true when json.Is("description"u8): description = json.ReadScalar(); break;
                case true when json.Is("summary"u8): summary = json.ReadScalar(); break;
                case true when json.Is("supplier"u8): supplier = SpdxText.Agent(json.ReadScalar()); break;
                case true when json.Is("originator"u8): originator = SpdxText.Agent(json.ReadScalar()); break;
                case true when json.Is("comment"u8): comment = json.ReadScalar(); break;
                case true when json.Is("releaseDate"u8): release = json.ReadScalar(); break;
                case true when json.Is("validUntilDate"u8): validUntil = json.ReadScalar(); break;
                case true when json.Is("primaryPackagePurpose"u8): purpose = json.ReadScalar()?.ToLowerInvariant(); break;
                case true when json.Is("copyrightText"u8): copyright = json.ReadScalar(); break;
                case true when json.Is("licenseConcluded"u8) || json.Is("licenseDeclared"u8): licences.AddIfPresent(json.ReadScalar()); break;
                case true when json.Is("homepage"u8) || json.Is("downloadLocation"u8):
                    externalReferences += SbomValues.Meaningful(json.ReadScalar()) is null ? 0 : 1;
                    break;
                case true when json.Is("checksums"u8):
                    json.Each(() => AddIfPresent(hashes, Checksum()));
                    break;
                case true when json.Is("annotations"u8):
                    json.Each(() => AddIfPresent(properties, SpdxText.Property(AnnotationComment())));
                    break;
                case true when json.Is("externalRefs"u8):
                    json.Each(() =>
                    {
                        var (category, type, locator) = ExternalRef();
                        externalReferences++;
                        switch (type)
                        {
                            case "purl": purl ??= locator; break;
                            case "cpe23Type" or "cpe22Type": cpe ??= locator; break;
                            case "swid": swid ??= locator; break;
                            case "advisory" or "fix": _securityReferences = true; break;
                            default: other |= category is "PERSISTENT-ID" or "PERSISTENT_ID" or "PACKAGE-MANAGER" or "PACKAGE_MANAGER"; break;
                        }
                    });
                    break;
                default: json.SkipValue(); break;
            }
        }

        var package = new SbomComponent
        {
            Ref = id,
            Name = name,
            Version = version,
            Description = description ?? summary,
            Supplier = supplier,
            Originator = originator,
            Licences = [.. licences],
            Hashes = [.. hashes],
            Purl = SbomValues.Meaningful(purl),
            Cpe = SbomValues.Meaningful(cpe),
            Swid = SbomValues.Meaningful(swid),
            HasOtherIdentifier = other,
            ExternalReferences = externalReferences,
            ReleaseDate = release,
            ValidUntil = validUntil,
            Comment = comment,
            Purpose = purpose,
            Copyright = copyright,
            Properties = [.. properties],
            Origin = at,
        };
        if (id is not null && _firstPackages.Count < RememberedPackages)
        {
            _firstPackages.TryAdd(id, package);
        }

        sink.Component(package);
    }

    private void Relationship()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return;
        }

        string? from = null, type = null, to = null;
        while (json.NextProperty())
        {
            switch (true)
            {
                case true when json.Is("spdxElementId"u8): from = json.ReadScalar(); break;
                case true when json.Is("relationshipType"u8): type = json.ReadScalar(); break;
                case true when json.Is("relatedSpdxElement"u8): to = json.ReadScalar(); break;
                default: json.SkipValue(); break;
            }
        }

        if (from is null || to is null)
        {
            return;
        }

        if (type == "DESCRIBES" && from == "SPDXRef-DOCUMENT")
        {
            _described.Add(to);
            return;
        }

        var (dependency, reversed) = SpdxText.Dependency(type);
        if (!dependency || from == "SPDXRef-DOCUMENT")
        {
            return;
        }

        if (to is "NONE" or "NOASSERTION")
        {
            sink.Relationship(SbomRelationship.Between(from, SbomRelationshipKind.NoDependencies, from));
            return;
        }

        sink.Relationship(reversed ? SbomRelationship.Between(to, SbomRelationshipKind.DependsOn, from) : SbomRelationship.Between(from, SbomRelationshipKind.DependsOn, to));
    }

    private SbomHash? Checksum()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? algorithm = null, value = null;
        while (json.NextProperty())
        {
            if (json.Is("algorithm"u8))
            {
                algorithm = json.ReadScalar();
            }
            else if (json.Is("checksumValue"u8))
            {
                value = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return algorithm is null || SbomValues.Meaningful(value) is null ? null : new SbomHash(algorithm, value!);
    }

    private string? AnnotationComment()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return null;
        }

        string? comment = null;
        while (json.NextProperty())
        {
            if (json.Is("comment"u8))
            {
                comment = json.ReadScalar();
            }
            else
            {
                json.SkipValue();
            }
        }

        return comment;
    }

    private (string? Category, string? Type, string? Locator) ExternalRef()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipCurrent();
            return (null, null, null);
        }

        string? category = null, type = null, locator = null;
        while (json.NextProperty())
        {
            switch (true)
            {
                case true when json.Is("referenceCategory"u8): category = json.ReadScalar(); break;
                case true when json.Is("referenceType"u8): type = json.ReadScalar(); break;
                case true when json.Is("referenceLocator"u8): locator = json.ReadScalar(); break;
                default: json.SkipValue(); break;
            }
        }

        return (category, type, locator);
    }

    private static void AddIfPresent<T>(List<T> list, T? value)
        where T : struct
    {
        if (value is { } v)
        {
            list.Add(v);
        }
    }
}
