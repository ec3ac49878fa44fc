using Dyad.Core.Common;

namespace Dyad.Core.Reports;

/// <summary>What a report covers: one account, for a quarterly business review with the customer, or the whole workspace.</summary>
public enum ReportKind
{
    AccountReview,
    Workspace,
}

/// <summary>How a report is written: a PDF to read and hand around, a workbook or CSV files with the numbers behind it.</summary>
public enum ReportFormat
{
    Pdf,
    Xlsx,
    Csv,
}

public static class ReportFormats
{
    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "pdf",
        ReportFormat.Xlsx => "xlsx",
        _ => "zip",
    };

    public static string ContentType(this ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/zip",
    };

    /// <summary>The kind as the API and the command line spell it: <c>account-review</c>, <c>workspace</c>.</summary>
    public static string ToSlug(this ReportKind kind) => kind.ToText().Replace('_', '-');

    public static ReportKind ParseKind(string? text, string field = "kind") =>
        EnumText.TryParse<ReportKind>(text, out var kind)
            ? kind
            : throw DomainValidationException.For(field, $"Kind is one of {string.Join(", ", Enum.GetValues<ReportKind>().Select(k => k.ToSlug()))}.");

    public static ReportFormat ParseFormat(string? text, string field = "format") =>
        EnumText.TryParse<ReportFormat>(text, out var format)
            ? format
            : throw DomainValidationException.For(field, $"Format is one of {string.Join(", ", Enum.GetValues<ReportFormat>().Select(f => f.ToText()))}.");

    /// <summary>A month as one comparable number, 2026-11 as 202611, in UTC.</summary>
    public static int MonthOf(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc.Year * 100 + utc.Month;
    }
}
