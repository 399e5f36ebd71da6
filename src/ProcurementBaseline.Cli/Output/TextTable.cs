using System.Text;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

/// <summary>A plain text table with aligned columns; the last column is not padded.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; text from inputs is made visible (<see cref="VisibleText"/>), so a cell cannot break the table or the terminal.</summary>
    public void Add(params string[] cells) => _rows.Add([.. cells.Select(VisibleText.Escape)]);

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(writer, headers, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
