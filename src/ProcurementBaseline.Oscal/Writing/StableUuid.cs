using System.Security.Cryptography;
using System.Text;

namespace ProcurementBaseline.Oscal.Writing;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) in ProcurementBaseline's namespace: the same name gives the same
/// UUID on every machine and run, so an exported document keeps its identifiers across exports of the same content.
/// </summary>
public static class StableUuid
{
    // RFC 9562's URL namespace, and ours derived from it by our namespace URI.
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static readonly Guid ProjectNamespace = Create(UrlNamespace, OscalNamespace.Uri);

    public static string Of(params ReadOnlySpan<string> name) => Create(ProjectNamespace, string.Join('\u001f', name)).ToString();

    private static Guid Create(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; the UUID names content, it protects nothing.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
