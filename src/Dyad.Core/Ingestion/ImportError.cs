namespace Dyad.Core.Ingestion;

/// <summary>
/// One problem of an import file, where a user finds it: a CSV row counted like a spreadsheet's (the header is row 1) and
/// its column, or a JSON Lines line and its field.
/// </summary>
public sealed record ImportError(ImportFormat Format, int Line, string Field, string Problem)
{
    /// <summary>"row 3, column score" or "line 3, field score", as problem details key the errors.</summary>
    public string Location => Format == ImportFormat.Csv ? $"row {Line}, column {Field}" : $"line {Line}, field {Field}";

    public override string ToString() => Format == ImportFormat.Csv
        ? $"Row {Line}, column '{Field}': {Problem}"
        : $"Line {Line}, field '{Field}': {Problem}";
}

/// <summary>An import file has problems; nothing of it was stored (or, resuming, nothing past the last checkpoint).</summary>
public sealed class ImportFileException(IReadOnlyList<ImportError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>Enough to fix a file in one go without a report longer than the file.</summary>
    public const int MaximumErrors = 100;

    public IReadOnlyList<ImportError> Errors { get; } = errors;
}
