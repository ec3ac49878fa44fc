using System.Globalization;
using System.Xml;
using Dyad.Data.Dashboards;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dyad.Data.Reports;

/// <summary>
/// A report as an Excel workbook: a <c>report</c> sheet saying what it is, then one sheet per section named by its panel
/// key, the header row in bold and frozen, numbers as numbers, days as dates. Text that a spreadsheet would run as a
/// formula is stored as text anyway (cells are never formulas), so it needs no guarding quote.
/// </summary>
internal static class ReportWorkbook
{
    public const string AboutSheet = "report";

    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;

    /// <summary>Excel's built-in number format for a short date.</summary>
    private const uint ShortDateFormat = 14;

    public static DashboardTable About(ReportDocument report) =>
        new(AboutSheet, report.Title, ["field", "value"],
        [
            ["title", report.Title],
            ["workspace", report.WorkspaceName],
            ["filter", report.FilterText],
            ["created_at", report.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)],
            ["created_by", report.CreatedBy],
            .. report.Sections.Select(s => (IReadOnlyList<object?>)[s.Key, s.Table.Title]),
        ]);

    public static byte[] Write(ReportDocument report)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            foreach (var (index, table) in new[] { About(report) }.Concat(report.Sections.Select(s => s.Table)).Index())
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)index + 1, Name = SheetName(table.Panel) });
            }
            workbook.Workbook.Save();
        }
        return output.ToArray();
    }

    /// <summary>Sheet names are at most 31 characters.</summary>
    private static string SheetName(string key) => key.Length <= 31 ? key : key[..31];

    private static Worksheet Sheet(DashboardTable table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        foreach (var column in table.Columns)
        {
            header.Append(TextCell(column, BoldStyle));
        }
        data.Append(header);
        foreach (var (index, values) in table.Rows.Index())
        {
            var row = new Row { RowIndex = (uint)index + 2 };
            foreach (var value in values)
            {
                row.Append(Cell(value));
            }
            data.Append(row);
        }
        var frozen = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 });
        var widths = new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
            Width = Math.Clamp(Math.Max(c.Length, table.Rows.Select(r => Convert.ToString(r[i], CultureInfo.InvariantCulture)?.Length ?? 0).DefaultIfEmpty(0).Max()) + 2, 8, 60),
        }));
        return new Worksheet(frozen, widths, data);
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        double d when double.IsFinite(d) => Number(d.ToString("R", CultureInfo.InvariantCulture)),
        int i => Number(i.ToString(CultureInfo.InvariantCulture)),
        decimal m => Number(m.ToString(CultureInfo.InvariantCulture)),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        // Excel counts days from 1899-12-30.
        DateOnly day => new Cell
        {
            StyleIndex = DateStyle,
            CellValue = new CellValue((day.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
        },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Cell Number(string text) => new() { DataType = CellValues.Number, CellValue = new CellValue(text) };

    private static Cell TextCell(string text, uint style) =>
        new(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        };

    /// <summary>The text without the control characters XML cannot hold (a stray one in pasted feedback would break the file).</summary>
    private static string XmlSafe(string text) => text.All(Keeps) ? text : new string(text.Where(Keeps).ToArray());

    private static bool Keeps(char c) => char.IsSurrogate(c) || XmlConvert.IsXmlChar(c);

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = ShortDateFormat, ApplyNumberFormat = true }) { Count = 3 });
}
