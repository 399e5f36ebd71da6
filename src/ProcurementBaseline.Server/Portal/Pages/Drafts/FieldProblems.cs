using ProcurementBaseline.Application.Drafts;

namespace ProcurementBaseline.Server.Portal.Pages.Drafts;

/// <summary>The diagnostics of one form field, in a container the live check replaces (htmx out-of-band swap by id).</summary>
internal static class FieldProblems
{
    public static string Id(string field) => "p-" + field.Replace('.', '-');

    /// <summary>The id of the input for a field (or the stem of its inputs' ids), never one of a problem container.</summary>
    public static string InputId(string field) => "f-" + field.Replace('.', '-');

    public static Html Render(DraftCheck? check, string field, bool outOfBand = false)
    {
        var problems = check?.For(field).ToList() ?? [];
        return Html.Of($"""<div id="{Id(field)}" class="field-problems" aria-live="polite"{Html.When(outOfBand, new(" hx-swap-oob=\"true\""))}>{Html.Join(problems, d => Html.Of($"<p class=\"field-error\"><span class=\"code\">{d.Code}</span> {d.Message}</p>"))}</div>""");
    }

    /// <summary>aria attributes tying an input to its problems.</summary>
    public static Html Describe(DraftCheck? check, string field) =>
        check?.For(field).Any() == true ? Html.Of($" aria-describedby=\"{Id(field)}\" aria-invalid=\"true\"") : Html.Of($" aria-describedby=\"{Id(field)}\"");
}
