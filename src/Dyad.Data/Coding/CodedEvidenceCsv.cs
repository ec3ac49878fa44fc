using System.Globalization;
using CsvHelper;
using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>
/// The coded evidence as one table for spreadsheets, R or pandas: a row per first-order code on a piece of
/// evidence, with the event it belongs to and the practice and dimension the code is grouped into.
/// </summary>
public sealed class CodedEvidenceCsv(IDbContextFactory<DyadDbContext> contexts)
{
    public const string ContentType = "text/csv";

    public static readonly string[] Columns =
    [
        "case_id", "account", "journey", "phase", "phase_name", "occurred_on", "evidence_kind", "evidence_source", "evidence_page",
        "evidence_text", "first_order_code", "practice", "polarity", "dimension",
    ];

    /// <returns>The file name to offer for the download.</returns>
    public async Task<string> ExportAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codeBook = await CodedEvents.CodeBookAsync(db, cancellationToken);
        var events = await CodedEvents.LoadAsync(db, null, cancellationToken);
        var codes = codeBook.Codes.ToDictionary(c => c.Id);
        var practices = codeBook.Practices.ToDictionary(p => p.Id);
        var dimensions = codeBook.Dimensions.ToDictionary(d => d.Id, d => d.Name);

        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        foreach (var criticalEvent in events)
        {
            foreach (var evidence in criticalEvent.Evidence)
            {
                foreach (var code in evidence.Codings.Select(c => codes[c.CodeId]).OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase))
                {
                    var practice = code.PracticeId is { } practiceId ? practices[practiceId] : null;
                    csv.WriteField(SpreadsheetCells.Guard(criticalEvent.CaseId));
                    csv.WriteField(SpreadsheetCells.Guard(criticalEvent.AccountName));
                    csv.WriteField(SpreadsheetCells.Guard(criticalEvent.JourneyName));
                    csv.WriteField(criticalEvent.Phase);
                    csv.WriteField(SpreadsheetCells.Guard(criticalEvent.PhaseName));
                    csv.WriteField(criticalEvent.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    csv.WriteField(evidence.Kind.ToText());
                    csv.WriteField(SpreadsheetCells.Guard(evidence.Source ?? ""));
                    csv.WriteField(SpreadsheetCells.Guard(evidence.Page ?? ""));
                    csv.WriteField(SpreadsheetCells.Guard(evidence.Text));
                    csv.WriteField(SpreadsheetCells.Guard(code.Label));
                    csv.WriteField(SpreadsheetCells.Guard(practice?.Name ?? ""));
                    csv.WriteField(practice?.Polarity.ToText() ?? "");
                    csv.WriteField(practice?.DimensionId is { } dimensionId ? dimensions[dimensionId] : "");
                    await csv.NextRecordAsync();
                }
            }
        }
        await csv.FlushAsync();
        return await CodedEvents.FileNameAsync(db, "coded-evidence.csv", cancellationToken);
    }
}
