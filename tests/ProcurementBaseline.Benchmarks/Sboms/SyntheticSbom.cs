using System.Globalization;
using System.Text;

namespace ProcurementBaseline.Benchmarks.Sboms;

/// <summary>
/// A CycloneDX 1.6 SBOM of any size, shaped like the samples' (the package, its supplier, a SHA-512, a licence, a
/// purl, two CERT-In properties, and a dependency graph where each component depends on the next two), as JSON or XML.
/// </summary>
internal static class SyntheticSbom
{
    /// <summary>Writes components until the file reaches <paramref name="bytes"/>; returns how many it wrote.</summary>
    public static int WriteJson(string path, long bytes)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        file.Write("""{"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79","version":1,"metadata":{"timestamp":"2026-11-01T00:00:00Z","authors":[{"name":"Build"}],"tools":{"components":[{"name":"generator","version":"1"}]},"component":{"bom-ref":"app","type":"application","name":"Synthetic","version":"1.0"}},"components":[""");
        var count = 0;
        long written = 0;
        while (written < bytes * 4 / 5)
        {
            var component = (count == 0 ? "\n" : ",\n") + string.Create(CultureInfo.InvariantCulture, $$"""{"type":"library","bom-ref":"pkg:nuget/Package.{{count}}@1.{{count % 50}}.0","supplier":{"name":"Supplier {{count % 97}}"},"name":"Package.{{count}}","version":"1.{{count % 50}}.0","description":"Component {{count}} of the synthetic product.","hashes":[{"alg":"SHA-512","content":"{{Hex(count)}}"}],"licenses":[{"license":{"id":"MIT"} }],"purl":"pkg:nuget/Package.{{count}}@1.{{count % 50}}.0","properties":[{"name":"cert-in:criticality","value":"low"},{"name":"cert-in:end-of-life-date","value":"2030-01-01"}]}""");
            file.Write(component);
            written += component.Length;
            count++;
        }

        file.Write("],\"dependencies\":[");
        for (var i = 0; i < count; i++)
        {
            file.Write(string.Create(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"ref":"pkg:nuget/Package.{{i}}@1.{{i % 50}}.0","dependsOn":[{{Next(i, 1, count)}}{{Next(i, 2, count)}}]}"""));
        }

        file.Write("]}\n");
        return count;
    }

    /// <summary>The same SBOM as CycloneDX XML.</summary>
    public static int WriteXml(string path, long bytes)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        file.Write("""<?xml version="1.0" encoding="UTF-8"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><metadata><timestamp>2026-11-01T00:00:00Z</timestamp><authors><author><name>Build</name></author></authors><component type="application" bom-ref="app"><name>Synthetic</name><version>1.0</version></component></metadata><components>""");
        var count = 0;
        long written = 0;
        while (written < bytes * 4 / 5)
        {
            var component = string.Create(CultureInfo.InvariantCulture, $"""
                <component type="library" bom-ref="pkg:nuget/Package.{count}@1.{count % 50}.0"><supplier><name>Supplier {count % 97}</name></supplier><name>Package.{count}</name><version>1.{count % 50}.0</version><description>Component {count} of the synthetic product.</description><hashes><hash alg="SHA-512">{Hex(count)}</hash></hashes><licenses><license><id>MIT</id></license></licenses><purl>pkg:nuget/Package.{count}@1.{count % 50}.0</purl><properties><property name="cert-in:criticality">low</property><property name="cert-in:end-of-life-date">2030-01-01</property></properties></component>
                """);
            file.Write(component);
            written += component.Length;
            count++;
        }

        file.Write("</components><dependencies>");
        for (var i = 0; i < count; i++)
        {
            file.Write(string.Create(CultureInfo.InvariantCulture, $"""<dependency ref="pkg:nuget/Package.{i}@1.{i % 50}.0">"""));
            foreach (var step in new[] { 1, 2 })
            {
                if (i + step < count)
                {
                    file.Write(string.Create(CultureInfo.InvariantCulture, $"""<dependency ref="pkg:nuget/Package.{i + step}@1.{(i + step) % 50}.0"/>"""));
                }
            }

            file.Write("</dependency>");
        }

        file.Write("</dependencies></bom>\n");
        return count;
    }

    private static string Next(int i, int step, int count) =>
        i + step >= count ? "" : string.Create(CultureInfo.InvariantCulture, $"{(step == 1 ? "" : ",")}\"pkg:nuget/Package.{i + step}@1.{(i + step) % 50}.0\"");

    private static string Hex(int seed) => Convert.ToHexStringLower(System.Security.Cryptography.SHA512.HashData(BitConverter.GetBytes(seed)));
}
