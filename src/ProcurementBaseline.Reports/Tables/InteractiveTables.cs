namespace ProcurementBaseline.Reports.Tables;

/// <summary>
/// A few lines of inline script that make each <c>table.interactive</c> filterable (a search box above it) and
/// sortable (click a heading). Without script the table is a plain table; the report loads nothing from anywhere.
/// The gap report template takes it as <c>tables_script</c>.
/// </summary>
public static class InteractiveTables
{
    public const string Script = """
        <script>
        document.querySelectorAll("table.interactive").forEach(function (table) {
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          var filter = document.createElement("input");
          filter.type = "search"; filter.placeholder = "Filter these " + rows.length + " rows"; filter.className = "filter";
          filter.setAttribute("aria-label", "Filter the table below");
          filter.addEventListener("input", function () {
            var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
            rows.forEach(function (row) {
              var text = row.textContent.toLowerCase();
              row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
            });
          });
          table.parentNode.insertBefore(filter, table);
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
            var button = document.createElement("button");
            button.type = "button"; button.className = "sort"; button.textContent = th.textContent;
            th.textContent = ""; th.appendChild(button); th.setAttribute("aria-sort", "none");
            button.addEventListener("click", function () {
              var up = th.getAttribute("aria-sort") !== "ascending";
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.setAttribute("aria-sort", "none"); });
              th.setAttribute("aria-sort", up ? "ascending" : "descending");
              rows.sort(function (a, b) {
                var x = a.cells[column].textContent, y = b.cells[column].textContent;
                return (up ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
              }).forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        </script>
        """;

    public const string Style = """
        input.filter { margin: .4rem 0 0; padding: .3rem .5rem; width: 20rem; max-width: 100%; font: inherit; }
        button.sort { all: inherit; cursor: pointer; } button.sort:focus { outline: 2px solid #0969da; }
        th[aria-sort="ascending"] button.sort::after { content: " \25B2"; } th[aria-sort="descending"] button.sort::after { content: " \25BC"; }
        """;
}
