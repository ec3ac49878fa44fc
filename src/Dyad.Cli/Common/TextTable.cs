namespace Dyad.Cli.Common;

/// <summary>Rows printed in columns as wide as their widest cell, for output people read rather than parse.</summary>
internal sealed class TextTable(params TextColumn[] columns)
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"A row of this table has {columns.Length} cells, not {cells.Length}.", nameof(cells));
        }
        _rows.Add(cells);
    }

    public async Task WriteAsync(TextWriter writer)
    {
        var widths = columns.Select((column, i) => _rows.Select(row => row[i].Length).Append(column.Header.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(columns.Select(c => c.Header).ToArray()))
        {
            var cells = row.Select((cell, i) => columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            await writer.WriteLineAsync(string.Join(Gap, cells).TrimEnd());
        }
    }
}

/// <summary>A column's heading; numbers align right so their digits line up.</summary>
internal sealed record TextColumn(string Header, bool AlignRight = false);
