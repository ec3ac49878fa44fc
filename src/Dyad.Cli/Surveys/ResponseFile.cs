using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Surveys;

namespace Dyad.Cli.Surveys;

/// <summary>
/// A wide CSV of survey responses, one row per response and one column per question, as survey tools
/// export them. Rows count like a spreadsheet's, the header being row 1, so every message can point at
/// the cell to fix. Column names match whatever their case.
/// </summary>
internal sealed class ResponseFile
{
    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
    };

    private readonly Dictionary<string, int> _columns;

    private ResponseFile(string name, string[] header, IReadOnlyList<ResponseRow> rows)
    {
        Name = name;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw Problem(1, header[i], "The header names this column twice.");
            }
        }
    }

    public string Name { get; }

    public IReadOnlyList<ResponseRow> Rows { get; }

    public static ResponseFile Read(FileInfo file)
    {
        using var reader = file.OpenText();
        using var csv = new CsvReader(reader, Format);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new CommandFailedException($"{file.Name}: The file is empty; row 1 must name the columns.");
        }
        var rows = new List<ResponseRow>();
        while (csv.Read())
        {
            var fields = csv.Parser.Record ?? [];
            if (fields.Length > header.Length)
            {
                throw new CommandFailedException(
                    $"{file.Name}: Row {csv.Parser.Row} has {fields.Length} fields, but the header names {header.Length} columns.");
            }
            rows.Add(new ResponseRow(csv.Parser.Row, fields));
        }
        return new ResponseFile(file.Name, header, rows);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The columns of these names the header lacks, in the order given.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> columns) => columns.Where(c => !Has(c)).ToArray();

    /// <summary>A column the user named on the command line; the message says which option named it.</summary>
    public void RequireColumn(string column, string option)
    {
        if (!Has(column))
        {
            throw new CommandFailedException($"{Name}: The header (row 1) has no column '{column}', named by {option}.");
        }
    }

    /// <summary>The trimmed cell, or null when it is empty or the row stops short of it.</summary>
    public string? Cell(ResponseRow row, string column)
    {
        var index = _columns[column];
        return index < row.Fields.Length ? Blank.ToNull(row.Fields[index]) : null;
    }

    /// <summary>An answer on a rating scale: a whole number within it, or null when the cell is empty.</summary>
    public int? Answer(ResponseRow row, string column, RatingScale scale)
    {
        if (Cell(row, column) is not { } text)
        {
            return null;
        }
        var expected = $"{scale.Name} answers are whole numbers from {scale.Lowest} to {scale.Highest}.";
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            throw Problem(row.Number, column, $"'{text}' is not a number; {expected}");
        }
        if (decimal.Truncate(number) != number || number < scale.Lowest || number > scale.Highest)
        {
            throw Problem(row.Number, column, $"{text} is not on the scale; {expected}");
        }
        return (int)number;
    }

    /// <summary>A number of 0 or more, or null when the cell is empty.</summary>
    public double? Points(ResponseRow row, string column)
    {
        if (Cell(row, column) is not { } text)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            ? points
            : throw Problem(row.Number, column, $"'{text}' is not a number of points, 0 or more.");
    }

    public CommandFailedException Problem(int row, string column, string problem) =>
        new($"{Name}: Row {row}, column '{column}': {problem}");
}

/// <summary>One data row: its spreadsheet row number and its fields as read.</summary>
internal sealed record ResponseRow(int Number, string[] Fields);
