using Dyad.Core.Ingestion;
using Dyad.Data.Common;

namespace Dyad.Data.Ingestion;

/// <summary>
/// One pass over a file: fields checked against the entity's, each record read into a checked row, a key seen twice
/// caught. Problems are collected (up to <see cref="ImportFileException.MaximumErrors"/>) rather than thrown, so one
/// report names every bad cell of a file.
/// </summary>
internal sealed class ImportPass(IEntityImport import, ImportFormat format, List<ImportError> errors)
{
    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);

    public int Records { get; private set; }

    /// <summary>The last row or line read.</summary>
    public int LastLine { get; private set; }

    /// <summary>Rows refused.</summary>
    public int Rejected { get; private set; }

    /// <summary>Records whose content key an earlier record of the file had: the same record again, stored once.</summary>
    public int Repeats { get; private set; }

    /// <summary>The checked rows after line <paramref name="skipThrough"/> (a resumed run's checkpoint).</summary>
    public IEnumerable<(int Line, object Row)> Rows(IRecordSource source, int skipThrough = 0)
    {
        if (!HeaderIsKnown(source.Header))
        {
            yield break;
        }
        var unit = format == ImportFormat.Csv ? "row" : "line";
        foreach (var record in source.Records())
        {
            if (errors.Count >= ImportFileException.MaximumErrors)
            {
                yield break;
            }
            Records++;
            LastLine = record.Line;
            if (record.Unreadable is { } unreadable)
            {
                errors.Add(unreadable);
                Rejected++;
                continue;
            }
            if (record.Line <= skipThrough)
            {
                continue;
            }
            var row = new RowReader(format == ImportFormat.Csv ? Unguarded(record) : record, format, errors);
            if (source.Header is null)
            {
                foreach (var field in record.Fields.Keys.Where(f => !import.Fields.Contains(f, StringComparer.OrdinalIgnoreCase)))
                {
                    row.Fail(field, $"Unknown field; the fields are {string.Join(", ", import.Fields)}.");
                }
            }
            var checkedRow = row.Failed ? null : import.Read(row);
            if (checkedRow is not null)
            {
                var key = import.Key(checkedRow);
                if (_firstLine.TryGetValue(key, out var earlier))
                {
                    if (import.RepeatIsError)
                    {
                        row.Fail(import.KeyField, $"The same {import.KeyField} is in {unit} {earlier} already.");
                    }
                    else
                    {
                        Repeats++;
                        continue;
                    }
                }
                else
                {
                    _firstLine[key] = record.Line;
                }
            }
            if (row.Failed || checkedRow is null)
            {
                Rejected++;
                continue;
            }
            yield return (record.Line, checkedRow);
        }
    }

    private bool HeaderIsKnown(IReadOnlyList<string>? header)
    {
        if (header is null)
        {
            return true;
        }
        var before = errors.Count;
        foreach (var column in header.Where(c => !import.Fields.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new ImportError(format, 1, column, $"Unknown column; the columns are {string.Join(", ", import.Fields)}."));
        }
        foreach (var column in import.RequiredFields.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new ImportError(format, 1, column, "This column is required."));
        }
        return errors.Count == before;
    }

    /// <summary>A cell exported with a guard against spreadsheet formulas reads back as it was.</summary>
    private static ImportRecord Unguarded(ImportRecord record) => !record.Fields.Values.Any(v => v is ['\'', ..]) ? record : record with
    {
        Fields = record.Fields.ToDictionary(f => f.Key, f => f.Value is null ? null : SpreadsheetCells.Unguard(f.Value), StringComparer.OrdinalIgnoreCase),
    };
}
