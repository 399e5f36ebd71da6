using System.Xml;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Json;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Xml;

/// <summary>Streams a CycloneDX XML BOM (1.2 to 1.7) with the same reading as the JSON encoding.</summary>
internal sealed class CycloneDxXmlReader(XmlReader xml, string file, ISbomSink sink, DiagnosticBag diagnostics)
{
    private const string NamespacePrefix = "http://cyclonedx.org/schema/bom/";

    private readonly CycloneDxMetadataBuilder _metadata = new(SbomFormat.CycloneDxXml);
    private readonly IXmlLineInfo? _lines = xml as IXmlLineInfo;
    private readonly CycloneDxComponentBuilders _builders = new();

    public SbomMetadata Read()
    {
        using (xml)
        {
            xml.MoveToContent();
            if (xml.LocalName != "bom" || !xml.NamespaceURI.StartsWith(NamespacePrefix, StringComparison.Ordinal))
            {
                throw new SbomReadException("the root element is not a CycloneDX <bom>", At());
            }

            _metadata.SpecVersion = xml.NamespaceURI[NamespacePrefix.Length..];
            CycloneDxVersions.Check(_metadata.SpecVersion, At(), diagnostics);
            _metadata.Serial = xml.GetAttribute("serialNumber");
            Children(name =>
            {
                switch (name)
                {
                    case "metadata": Metadata(); break;
                    case "components": Components(0); break;
                    case "dependencies": Dependencies(); break;
                    case "vulnerabilities": Vulnerabilities(); break;
                    default: xml.Skip(); break;
                }
            });
            while (xml.Read())
            {
            }
        }

        return _metadata.Build();
    }

    /// <summary>
    /// Calls <paramref name="child"/> for each child element of the current element, positioned on it; the child must
    /// consume it, and one that does not is skipped, so that no input can keep the reader in place.
    /// </summary>
    private void Children(Action<string> child)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                var before = Position();
                child(xml.LocalName);
                if (xml.NodeType == XmlNodeType.Element && Position() == before)
                {
                    xml.Skip();
                }
            }
            else
            {
                xml.Read();
            }
        }

        // On the end tag of the element whose children were read.
        if (xml.NodeType == XmlNodeType.EndElement)
        {
            xml.Read();
        }
    }

    private string? Text() => xml.IsEmptyElement ? Consume(null) : SbomValues.Meaningful(xml.ReadElementContentAsString());

    private string? Consume(string? value)
    {
        xml.Read();
        return value;
    }

    private void Metadata() => Children(name =>
    {
        switch (name)
        {
            case "timestamp": _metadata.Timestamp = Text(); break;
            case "authors": Children(_ => _metadata.Authors.AddIfPresent(Named())); break;
            case "manufacture" or "manufacturer" or "supplier": _metadata.Organisations.AddIfPresent(Named()); break;
            case "tools": Tools(); break;
            case "lifecycles": Children(_ => _metadata.Lifecycles.AddIfPresent(Named("phase", "name"))); break;
            case "component":
                _metadata.Subject = Component(0, nested: false);
                sink.Subject(_metadata.Subject);
                break;
            default: xml.Skip(); break;
        }
    });

    private void Tools() => Children(name =>
    {
        switch (name)
        {
            case "tool": _metadata.Tools.AddIfPresent(Named("name", "vendor")); break;
            case "components" or "services": Children(_ => _metadata.Tools.AddIfPresent(Named())); break;
            default: xml.Skip(); break;
        }
    });

    private void Components(int depth) => Children(name =>
    {
        if (name == "component")
        {
            sink.Component(Component(depth, nested: true));
        }
        else
        {
            xml.Skip();
        }
    });

    private SbomComponent Component(int depth, bool nested)
    {
        if (depth > CycloneDxLimits.MaxNesting)
        {
            throw new SbomReadException(string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticCodes.SbomTooDeep.MessageFormat, CycloneDxLimits.MaxNesting), At());
        }

        var at = At();
        var c = _builders.At(depth);
        (c.Ref, c.Type) = (xml.GetAttribute("bom-ref"), xml.GetAttribute("type"));
        Children(name =>
        {
            switch (name)
            {
                case "name": c.Name = Text(); break;
                case "group": c.Group = Text(); break;
                case "version": c.Version = Text(); break;
                case "description": c.Description = Text(); break;
                case "supplier": c.Supplier = Named(); break;
                case "manufacturer": c.Manufacturer = Named(); break;
                case "publisher": c.Publisher = Text(); break;
                case "author": c.Author = Text(); break;
                case "authors": Children(_ => c.AddAuthor(Named())); break;
                case "copyright": c.Copyright = Text(); break;
                case "purl": c.Purl = Text(); break;
                case "cpe": c.Cpe = Text(); break;
                case "swid": c.Swid = xml.GetAttribute("tagId"); xml.Skip(); break;
                case "omniborId" or "swhid": c.OtherIdentifier |= Text() is not null; break;
                case "hashes": Children(_ => c.AddHash(Hash())); break;
                case "licenses": Children(Licence(c)); break;
                case "externalReferences": Children(_ => { c.ExternalReferences++; xml.Skip(); }); break;
                case "pedigree": c.Pedigree = true; xml.Skip(); break;
                case "releaseNotes": Children(n => { if (n == "timestamp") { c.ReleaseDate = Text(); } else { xml.Skip(); } }); break;
                case "properties": Children(_ => c.AddProperty(Property())); break;
                case "components": Components(depth + 1); break;
                default: xml.Skip(); break;
            }
        });
        return c.Build(depth, at, nested);
    }

    private Action<string> Licence(CycloneDxComponentBuilder c) => name =>
    {
        switch (name)
        {
            case "expression": c.AddLicence(Text()); break;
            case "license": c.AddLicence(Named("id", "name")); break;
            default: xml.Skip(); break;
        }
    };

    private void Dependencies() => Children(_ => Dependency(null));

    private void Dependency(string? parent)
    {
        var from = xml.GetAttribute("ref");
        if (parent is not null && from is not null)
        {
            sink.Relationship(SbomRelationship.Between(parent, SbomRelationshipKind.DependsOn, from));
        }

        var children = 0;
        if (parent is null)
        {
            Children(_ =>
            {
                children++;
                Dependency(from);
            });
        }
        else
        {
            xml.Skip();
        }

        if (parent is null && from is not null && children == 0)
        {
            sink.Relationship(SbomRelationship.Between(from, SbomRelationshipKind.NoDependencies, from));
        }
    }

    private void Vulnerabilities()
    {
        _metadata.HasVulnerabilities = true;
        Children(Vulnerability);
    }

    private void Vulnerability(string element)
    {
        var at = At();
        string? id = null, state = null, justification = null;
        var responses = 0;
        var affects = new List<string>();
        Children(name =>
        {
            switch (name)
            {
                case "id": id = Text(); break;
                case "analysis":
                    Children(a =>
                    {
                        switch (a)
                        {
                            case "state": state = Text(); break;
                            case "justification": justification = Text(); break;
                            case "responses": Children(_ => { responses++; xml.Skip(); }); break;
                            default: xml.Skip(); break;
                        }
                    });
                    break;
                case "affects": Children(_ => affects.AddIfPresent(Named("ref"))); break;
                default: xml.Skip(); break;
            }
        });
        foreach (var statement in CycloneDxVulnerabilities.Statements(id, state, justification, responses > 0, affects, at))
        {
            sink.Statement(statement);
        }
    }

    /// <summary>The first of the named children's text (by default name, then email or url) of the current element, which is consumed.</summary>
    private string? Named(params string[] children)
    {
        string[] names = children.Length == 0 ? ["name", "email", "url"] : children;
        var found = new string?[names.Length];
        Children(name =>
        {
            var index = Array.IndexOf(names, name);
            if (index >= 0)
            {
                var text = Text();
                found[index] ??= text;
            }
            else
            {
                xml.Skip();
            }
        });
        return found.FirstOrDefault(f => f is not null);
    }

    private SbomHash? Hash()
    {
        var alg = xml.GetAttribute("alg");
        var value = Text();
        return alg is null || value is null ? null : new SbomHash(alg, value);
    }

    private SbomProperty? Property()
    {
        var name = xml.GetAttribute("name");
        var value = Text();
        return name is null ? null : new SbomProperty(name, value ?? "");
    }

    private (int Line, int Column, int Depth) Position() => (_lines?.LineNumber ?? 0, _lines?.LinePosition ?? 0, xml.Depth);

    private SourceLocation At() => _lines is { } l ? new SourceLocation(file, l.LineNumber, l.LinePosition) : SourceLocation.WholeFile(file);
}
