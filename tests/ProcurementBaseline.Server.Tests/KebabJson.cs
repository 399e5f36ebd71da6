using System.Net.Http.Json;
using System.Text.Json;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Request bodies as the API reads them: member names in kebab-case (publicKey goes as public-key).</summary>
internal static class KebabJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower };

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body, Options);
}
