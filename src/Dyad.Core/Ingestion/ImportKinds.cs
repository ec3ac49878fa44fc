using Dyad.Core.Common;

namespace Dyad.Core.Ingestion;

/// <summary>What a bulk import file holds, one record per row or line.</summary>
public enum ImportEntity
{
    Accounts,
    Stakeholders,
    Occurrences,
    Responses,
    Events,
}

/// <summary>How an import file is written: CSV with a header row, or JSON Lines (one object per line).</summary>
public enum ImportFormat
{
    Csv,
    JsonLines,
}

public static class ImportFormats
{
    public const string CsvContentType = "text/csv";
    public const string JsonLinesContentType = "application/jsonl";

    /// <summary>The content types an import is sent as; JSON Lines goes by several names in the wild.</summary>
    public static readonly IReadOnlyDictionary<string, ImportFormat> ContentTypes = new Dictionary<string, ImportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [CsvContentType] = ImportFormat.Csv,
        ["application/csv"] = ImportFormat.Csv,
        [JsonLinesContentType] = ImportFormat.JsonLines,
        ["application/jsonlines"] = ImportFormat.JsonLines,
        ["application/x-jsonlines"] = ImportFormat.JsonLines,
        ["application/x-ndjson"] = ImportFormat.JsonLines,
        ["application/ndjson"] = ImportFormat.JsonLines,
    };

    public static ImportFormat? FromContentType(string? contentType) =>
        contentType is not null && ContentTypes.TryGetValue(contentType.Split(';')[0].Trim(), out var format) ? format : null;

    /// <summary>The format a file's extension suggests: <c>.jsonl</c> and <c>.ndjson</c> are JSON Lines, anything else CSV.</summary>
    public static ImportFormat FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".jsonl" or ".ndjson" ? ImportFormat.JsonLines : ImportFormat.Csv;

    public static bool TryParse(string? text, out ImportFormat format)
    {
        format = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv":
                format = ImportFormat.Csv;
                return true;
            case "jsonl" or "json_lines" or "ndjson":
                format = ImportFormat.JsonLines;
                return true;
            default:
                return false;
        }
    }

    public static string ToName(this ImportFormat format) => format == ImportFormat.Csv ? "csv" : "jsonl";

    public static bool TryParseEntity(string? text, out ImportEntity entity) => EnumText.TryParse(text, out entity);
}
