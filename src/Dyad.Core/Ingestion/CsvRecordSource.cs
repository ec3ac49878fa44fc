using System.Text;

namespace Dyad.Core.Ingestion;

/// <summary>
/// RFC 4180 CSV: a header row naming the columns, cells separated by a comma (or the semicolon or tab the header uses,
/// as spreadsheets in some locales save), quoted cells holding separators, line breaks and doubled quotes. Rows count
/// like a spreadsheet's, the header being row 1 and a blank line a row of its own; a short row leaves its last cells
/// empty, as spreadsheets save rows whose trailing cells are blank.
/// </summary>
public sealed class CsvRecordSource : IRecordSource
{
    private const char Quote = '"';
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly string[] _header;

    public CsvRecordSource(TextReader reader)
    {
        _reader = reader;
        var first = reader.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(first))
        {
            throw new ImportFileException([new ImportError(ImportFormat.Csv, 1, "(header)", "The file is empty; the first row must name the columns.")]);
        }
        _separator = SeparatorOf(first);
        var cells = new List<string>();
        var tokenizer = new Tokenizer(new StringReader(first), _separator);
        if (tokenizer.ReadRow(cells) is { } problem)
        {
            throw new ImportFileException([new ImportError(ImportFormat.Csv, 1, $"column {problem.Cell + 1}", problem.Message)]);
        }
        _header = cells.Select(c => c.Trim()).ToArray();
        for (var i = 0; i < _header.Length; i++)
        {
            if (_header[i].Length == 0)
            {
                throw new ImportFileException([new ImportError(ImportFormat.Csv, 1, $"column {i + 1}", "The column has no name.")]);
            }
            if (Array.FindIndex(_header, h => string.Equals(h, _header[i], StringComparison.OrdinalIgnoreCase)) < i)
            {
                throw new ImportFileException([new ImportError(ImportFormat.Csv, 1, _header[i], "The column appears twice.")]);
            }
        }
    }

    public ImportFormat Format => ImportFormat.Csv;

    public IReadOnlyList<string> Header => _header;

    public IEnumerable<ImportRecord> Records()
    {
        var tokenizer = new Tokenizer(_reader, _separator);
        var cells = new List<string>();
        for (var row = 2; ; row++)
        {
            var problem = tokenizer.ReadRow(cells);
            if (problem is null && cells.Count == 0)
            {
                yield break;
            }
            if (problem is { } bad)
            {
                // Past a broken quote the rest of the file cannot be told apart into rows.
                yield return ImportRecord.Broken(new ImportError(ImportFormat.Csv, row, ColumnName(bad.Cell), bad.Message));
                yield break;
            }
            if (cells is [""])
            {
                continue;
            }
            if (cells.Count > _header.Length)
            {
                yield return ImportRecord.Broken(new ImportError(ImportFormat.Csv, row, ColumnName(_header.Length),
                    $"The row has {cells.Count} cells; the header names {_header.Length} columns."));
                continue;
            }
            var fields = new Dictionary<string, string?>(_header.Length, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < _header.Length; i++)
            {
                fields[_header[i]] = i < cells.Count && cells[i].Trim() is { Length: > 0 } cell ? cell : null;
            }
            yield return new ImportRecord(row, fields);
        }
    }

    private string ColumnName(int cell) => cell < _header.Length ? _header[cell] : $"column {cell + 1}";

    private static char SeparatorOf(string header)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }
        return counts.MaxBy(c => c.Value) is { Value: > 0 } most ? most.Key : ',';
    }

    private sealed record Problem(int Cell, string Message);

    /// <summary>Reads one row's cells at a time; a quoted cell may span lines.</summary>
    private sealed class Tokenizer(TextReader reader, char separator)
    {
        private readonly StringBuilder _cell = new();

        /// <summary>Fills <paramref name="cells"/> with the next row (none at the end of the file).</summary>
        public Problem? ReadRow(List<string> cells)
        {
            cells.Clear();
            if (reader.Peek() < 0)
            {
                return null;
            }
            while (true)
            {
                _cell.Clear();
                int next;
                if (reader.Peek() == Quote)
                {
                    reader.Read();
                    while (true)
                    {
                        next = reader.Read();
                        if (next < 0)
                        {
                            return new Problem(cells.Count, "A quoted cell is not closed: its closing quote is missing.");
                        }
                        if (next == Quote)
                        {
                            if (reader.Peek() != Quote)
                            {
                                break;
                            }
                            reader.Read();
                        }
                        _cell.Append((char)next);
                    }
                    while (reader.Peek() is ' ' or '\t' && reader.Peek() != separator)
                    {
                        reader.Read();
                    }
                    next = reader.Read();
                    if (next >= 0 && next != separator && next != '\r' && next != '\n')
                    {
                        return new Problem(cells.Count,
                            "Text follows a quoted cell's closing quote; a quote inside a quoted cell is written twice (\"\").");
                    }
                }
                else
                {
                    while ((next = reader.Read()) >= 0 && next != separator && next != '\r' && next != '\n')
                    {
                        _cell.Append((char)next);
                    }
                }
                cells.Add(_cell.ToString());
                if (next == separator)
                {
                    continue;
                }
                if (next == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                return null;
            }
        }
    }
}
