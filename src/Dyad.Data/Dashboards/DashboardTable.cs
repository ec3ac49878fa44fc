using System.Globalization;
using System.Text;
using CsvHelper;
using Dyad.Data.Common;

namespace Dyad.Data.Dashboards;

/// <summary>
/// The numbers one chart shows, as columns and rows: what a download gives and what a report's table prints. A cell is a
/// number, a text or null (nothing to show, never written as 0).
/// </summary>
public sealed record DashboardTable(string Panel, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The rows as objects keyed by column, as the API's JSON gives them.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records() =>
        Rows.Select(row => (IReadOnlyDictionary<string, object?>)Columns.Zip(row).ToDictionary(c => c.First, c => c.Second)).ToList();

    /// <summary>
    /// The table as CSV with invariant numbers. Text cells are guarded against formula injection; numbers are not, so a
    /// negative gap stays a number a spreadsheet can sum.
    /// </summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        using (var csv = new CsvWriter(new StringWriter(text, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(SpreadsheetCells.Guard(column));
            }
            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Cell(cell));
                }
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => SpreadsheetCells.Guard(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
