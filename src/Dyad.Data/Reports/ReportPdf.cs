using System.Globalization;
using Dyad.Data.Dashboards;
using Dyad.Documents;

namespace Dyad.Data.Reports;

/// <summary>
/// A report as a PDF: a cover with the workspace, the filter and who made it, the contents, then a chapter per section
/// with its notes, its charts and its table (ids left out: they are for the workbook and the CSV files).
/// </summary>
internal static class ReportPdf
{
    /// <summary>A printed table stops here and says so; the workbook and the CSV files have every row.</summary>
    public const int MaxRows = 40;

    public static byte[] Write(ReportDocument report)
    {
        var blocks = new List<Block>();
        foreach (var section in report.Sections)
        {
            blocks.Add(new Heading(1, section.Heading));
            blocks.AddRange(section.Notes.Select(Paragraph.Of));
            blocks.AddRange(section.Charts);
            blocks.AddRange(TableOf(section.Table));
        }
        var cover = new[]
        {
            report.WorkspaceName,
            $"Filter: {report.FilterText}",
            string.Create(CultureInfo.InvariantCulture, $"Made {report.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {report.CreatedBy}"),
        };
        return PdfDocumentWriter.Write(new DocumentSpec(report.Title, "Customer experience report", cover, blocks) { Author = report.CreatedBy });
    }

    private static IEnumerable<Block> TableOf(DashboardTable table)
    {
        if (table.Rows.Count == 0)
        {
            yield return new Paragraph([new TextRun("Nothing to show for this filter.", Italic: true)]);
            yield break;
        }
        var shown = Enumerable.Range(0, table.Columns.Count).Where(i => !table.Columns[i].EndsWith("_id", StringComparison.Ordinal)).ToList();
        var numeric = shown.Select((column, index) => (column, index))
            .Where(c => table.Rows.All(r => r[c.column] is null or int or double or decimal))
            .Select(c => c.index).ToList();
        var rows = table.Rows.Take(MaxRows).Select(r => (IReadOnlyList<string>)shown.Select(i => Cell(r[i])).ToList()).ToList();
        // Text columns get the width; a column of numbers needs little.
        var weights = shown.Select((_, index) => numeric.Contains(index) ? 1.4 : 2.2).ToList();
        yield return new Table(shown.Select(i => table.Columns[i].Replace('_', ' ')).ToList(), rows) { RightAligned = numeric, ColumnWeights = weights };
        if (table.Rows.Count > MaxRows)
        {
            yield return new Paragraph([new TextRun(
                string.Create(CultureInfo.InvariantCulture, $"The first {MaxRows} of {table.Rows.Count} rows; the workbook and the CSV files hold them all."),
                Italic: true)]);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "\u2013",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        decimal m => m.ToString("#,0.##", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
