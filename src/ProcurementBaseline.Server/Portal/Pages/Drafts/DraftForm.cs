using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Drafts;

namespace ProcurementBaseline.Server.Portal.Pages.Drafts;

/// <summary>Reads the draft forms back into the draft: the header, or the claims of one page, as typed; new evidence and milestone rows when filled.</summary>
internal static class DraftForm
{
    public const string NewRow = "new";

    public static DraftContent Header(IFormCollection form, DraftContent content) => content with
    {
        Product = Value(form, "product"),
        ProductVersion = Value(form, "product-version"),
        Signatory = Value(form, "signatory"),
        Role = Value(form, "role"),
        Date = Value(form, "date"),
    };

    /// <summary>The claims of one page as posted; a new evidence row is kept only when it names a URI (files are added on upload).</summary>
    public static DraftContent Claims(IFormCollection form, DraftContent content, IEnumerable<int> indices)
    {
        var claims = content.Claims.ToBuilder();
        foreach (var i in indices)
        {
            var at = DraftFields.Claim(i);
            var claim = claims[i];
            var evidence = claim.Evidence.Select((e, n) => (e, n)).Where(x => Value(form, Field(at, "evidence", x.n, "remove")) != "on")
                .Select(x => x.e with
                {
                    Title = Value(form, Field(at, "evidence", x.n, "title")),
                    Kind = Value(form, Field(at, "evidence", x.n, "kind")),
                    Issued = Value(form, Field(at, "evidence", x.n, "issued")),
                    Expires = Value(form, Field(at, "evidence", x.n, "expires")),
                    Uri = x.e.Path.Length > 0 ? "" : Value(form, Field(at, "evidence", x.n, "uri")),
                }).ToList();
            if (Value(form, Field(at, "evidence", NewRow, "uri")) is { Length: > 0 } uri)
            {
                evidence.Add(NewEvidence(form, at) with { Uri = uri });
            }

            var poam = claim.Poam.Select((m, n) => new DraftMilestone { Description = Value(form, Field(at, "poam", n, "description")), Due = Value(form, Field(at, "poam", n, "due")) })
                .Where(m => m.Description.Length > 0 || m.Due.Length > 0).ToList();
            var added = new DraftMilestone { Description = Value(form, Field(at, "poam", NewRow, "description")), Due = Value(form, Field(at, "poam", NewRow, "due")) };
            if (added.Description.Length > 0 || added.Due.Length > 0)
            {
                poam.Add(added);
            }

            claims[i] = claim with
            {
                Status = Value(form, DraftFields.Of(at, "status")),
                Statement = Value(form, DraftFields.Of(at, "statement")),
                Justification = Value(form, DraftFields.Of(at, "justification")),
                Evidence = [.. evidence],
                Poam = [.. poam],
            };
        }

        return content with { Claims = claims.ToImmutable() };
    }

    /// <summary>The details typed in a claim's new evidence row, for a file uploaded with them.</summary>
    public static DraftEvidence NewEvidence(IFormCollection form, string claim) => new()
    {
        Title = Value(form, Field(claim, "evidence", NewRow, "title")),
        Kind = Value(form, Field(claim, "evidence", NewRow, "kind")) is { Length: > 0 } kind ? kind : "document",
        Issued = Value(form, Field(claim, "evidence", NewRow, "issued")),
        Expires = Value(form, Field(claim, "evidence", NewRow, "expires")),
    };

    public static string Field(string claim, string list, int index, string name) => DraftFields.Of(DraftFields.Item(claim, list, index), name);

    public static string Field(string claim, string list, string row, string name) => $"{claim}.{list}.{row}.{name}";

    /// <summary>A posted value with line breaks normalised and edges trimmed; the length bound is the service's.</summary>
    public static string Value(IFormCollection form, string name) => form[name].ToString().ReplaceLineEndings("\n").Trim();

    public static ImmutableArray<string> Statuses { get; } = ["implemented", "partially-implemented", "planned", "not-implemented", "not-applicable"];
}
