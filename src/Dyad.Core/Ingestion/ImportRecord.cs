namespace Dyad.Core.Ingestion;

/// <summary>
/// One row of a CSV file or one line of a JSON Lines file: its number and its fields by name (case-insensitive), each
/// trimmed, an empty cell or a JSON null being null. A row or line that cannot be read at all carries
/// <see cref="Unreadable"/> instead of fields.
/// </summary>
public sealed record ImportRecord(int Line, IReadOnlyDictionary<string, string?> Fields, ImportError? Unreadable = null)
{
    public static ImportRecord Broken(ImportError error) =>
        new(error.Line, new Dictionary<string, string?>(), error);
}

/// <summary>The records of a file, read as they are needed so a file larger than memory streams through.</summary>
public interface IRecordSource
{
    ImportFormat Format { get; }

    /// <summary>The CSV header's column names (row 1); null for JSON Lines, whose fields are named on every line.</summary>
    IReadOnlyList<string>? Header { get; }

    IEnumerable<ImportRecord> Records();
}

public static class RecordSources
{
    /// <exception cref="ImportFileException">A CSV file is empty or its header cannot be read.</exception>
    public static IRecordSource Open(TextReader reader, ImportFormat format) =>
        format == ImportFormat.Csv ? new CsvRecordSource(reader) : new JsonLinesRecordSource(reader);
}
