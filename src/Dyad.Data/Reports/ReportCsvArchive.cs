using System.IO.Compression;
using System.Text;

namespace Dyad.Data.Reports;

/// <summary>
/// A report as a zip of CSV files, one per section named by its panel key (<c>scores.csv</c>), each the text of the CSV
/// the dashboards' download gives for the same panel and filter, after a byte order mark; <c>report.csv</c> says what the
/// report is.
/// </summary>
internal static class ReportCsvArchive
{
    public const string AboutFile = "report.csv";

    public static byte[] Write(ReportDocument report)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, AboutFile, ReportWorkbook.About(report).ToCsv());
            foreach (var section in report.Sections)
            {
                Add(zip, $"{section.Key}.csv", section.Table.ToCsv());
            }
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string csv)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        // The archive's time is fixed so the same report zips to the same bytes.
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        // With a byte order mark, Excel opens the file as UTF-8 instead of the system's code page.
        stream.Write(Encoding.UTF8.GetPreamble());
        stream.Write(Encoding.UTF8.GetBytes(csv));
    }
}
