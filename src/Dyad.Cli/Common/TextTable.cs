namespace Dyad.Cli.Common;

/// <summary>Rows of text in columns padded to their widest cell, numbers right-aligned, for people reading a terminal.</summary>
internal sealed class TextTable
{
    private const string Gap = "  ";

    private readonly (string Header, bool AlignRight)[] _columns;
    private readonly List<string[]> _rows = [];

    public TextTable(params (string Header, bool AlignRight)[] columns) => _columns = columns;

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"The table has {_columns.Length} columns, not {cells.Length}.", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }

    public async Task WriteAsync(TextWriter writer)
    {
        var lines = _rows.Prepend(_columns.Select(c => c.Header).ToArray()).ToArray();
        var widths = _columns.Select((_, i) => lines.Max(l => l[i].Length)).ToArray();
        foreach (var line in lines)
        {
            var cells = line.Select((cell, i) => _columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            await writer.WriteLineAsync(string.Join(Gap, cells).TrimEnd());
        }
    }
}
