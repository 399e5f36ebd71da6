using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProcurementBaseline.Server.Portal;

/// <summary>
/// The portal's stylesheet, its signing script and htmx, built into the assembly (htmx is fetched from the npm registry by the build and
/// checked against its integrity hash). Their addresses carry a hash of their content, so browsers may keep them forever.
/// </summary>
internal static class PortalAssets
{
    private static readonly byte[] Style = Resource("portal/portal.css");
    private static readonly byte[] Signing = Resource("portal/sign.js");
    private static readonly byte[] HtmxGzip = Resource("portal/htmx.min.js.gz");
    private static readonly Lazy<byte[]> HtmxPlain = new(() => Gunzip(HtmxGzip));

    // A plain mark, so browsers stop asking for /favicon.ico.
    private static readonly byte[] Icon = System.Text.Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#0b4fa8\"/><path d=\"M4 8.5l2.5 2.5L12 5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/></svg>");

    public static readonly string IconUrl = $"/portal/assets/icon-{Hash(Icon)}.svg";

    public static readonly string StyleUrl = $"/portal/assets/portal-{Hash(Style)}.css";
    public static readonly string SigningUrl = $"/portal/assets/sign-{Hash(Signing)}.js";
    public static readonly string HtmxUrl = $"/portal/assets/htmx-{Hash(HtmxGzip)}.min.js";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(StyleUrl, (HttpContext context) => Send(context, Style, "text/css; charset=utf-8", gzipped: false)).ExcludeFromDescription();
        routes.MapGet(IconUrl, (HttpContext context) => Send(context, Icon, "image/svg+xml", gzipped: false)).ExcludeFromDescription();
        routes.MapGet("/favicon.ico", () => Results.Redirect(IconUrl, permanent: true)).ExcludeFromDescription();
        routes.MapGet(SigningUrl, (HttpContext context) => Send(context, Signing, "text/javascript; charset=utf-8", gzipped: false)).ExcludeFromDescription();
        routes.MapGet(HtmxUrl, (HttpContext context) => Send(context, HtmxGzip, "text/javascript; charset=utf-8", gzipped: true)).ExcludeFromDescription();
    }

    private static IResult Send(HttpContext context, byte[] content, string mediaType, bool gzipped)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (!gzipped)
        {
            return Results.Bytes(content, mediaType);
        }

        context.Response.Headers.Vary = "Accept-Encoding";
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(content, mediaType);
        }

        return Results.Bytes(HtmxPlain.Value, mediaType);
    }

    private static byte[] Gunzip(byte[] content)
    {
        using var plain = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress))
        {
            gzip.CopyTo(plain);
        }

        return plain.ToArray();
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the build did not embed {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];
}
