using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Core.Ingestion;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Core.Tests.Ingestion;

/// <summary>
/// Whatever a file holds, reading it either yields its records or fails with an <see cref="ImportFileException"/>
/// naming the row and column (line and field) of each problem; and what a spreadsheet or JSON encoder writes reads back
/// cell for cell.
/// </summary>
[Properties(Arbitrary = [typeof(RecordSourcePropertyTests)])]
public sealed class RecordSourcePropertyTests
{
    private const int Cases = 500;

    [Property(MaxTest = Cases)]
    public Property Csv_text_of_any_shape_reads_or_names_the_row_and_column_of_its_problem() =>
        Prop.ForAll(ImportFiles.MalformedText.ToArbitrary(),
            text => ImportFiles.ReadsOrSaysWhere(new StringReader(text), ImportFormat.Csv, ImportFiles.PhysicalLines(text)));

    [Property(MaxTest = Cases)]
    public Property Json_lines_of_any_shape_read_or_name_the_line_and_field_of_their_problem() =>
        Prop.ForAll(ImportFiles.MalformedText.ToArbitrary(),
            text => ImportFiles.ReadsOrSaysWhere(new StringReader(text), ImportFormat.JsonLines, ImportFiles.PhysicalLines(text)));

    [Property(MaxTest = Cases)]
    public Property Arbitrary_bytes_read_or_name_where_their_problem_is_in_either_format() =>
        Prop.ForAll(ImportFiles.Bytes.ToArbitrary(), bytes =>
        {
            var lines = ImportFiles.PhysicalLines(ImportFiles.Decoded(bytes));
            return ImportFiles.ReadsOrSaysWhere(new StreamReader(new MemoryStream(bytes)), ImportFormat.Csv, lines)
                && ImportFiles.ReadsOrSaysWhere(new StreamReader(new MemoryStream(bytes)), ImportFormat.JsonLines, lines);
        });

    [Theory]
    [InlineData("{\"name\":\"\\ud800\"}")]
    [InlineData("{\"\\udc00\":1}")]
    public void A_json_line_with_an_escaped_half_of_a_surrogate_pair_is_named_not_thrown(string line)
    {
        var record = Assert.Single(RecordSources.Open(new StringReader(line), ImportFormat.JsonLines).Records());

        Assert.Equal((1, JsonLinesRecordSource.WholeLine), (record.Unreadable?.Line, record.Unreadable?.Field));
    }

    [Fact]
    public void A_blank_first_line_after_a_byte_order_mark_is_skipped_like_any_blank_line()
    {
        var records = RecordSources.Open(new StringReader($"{ImportFiles.Bom}\t\n{{\"name\":\"Acme\"}}"), ImportFormat.JsonLines).Records();

        Assert.Equal(2, Assert.Single(records).Line);
    }

    [Property(MaxTest = Cases)]
    public void A_written_csv_table_reads_back_cell_for_cell(CsvTable table)
    {
        var source = RecordSources.Open(new StringReader(table.Text), ImportFormat.Csv);
        var records = source.Records().ToList();

        Assert.Equal(table.Header.Select(h => h.Trim()), source.Header);
        var expected = table.Rows.Select((cells, i) => (Line: i + 2, Cells: cells)).Where(r => r.Cells is not null).ToList();
        Assert.Equal(expected.Select(r => r.Line), records.Select(r => r.Line));
        foreach (var (record, (_, cells)) in records.Zip(expected))
        {
            Assert.Null(record.Unreadable);
            Assert.Equal(table.Header.Select((_, c) => ImportFiles.Expected(c < cells!.Length ? cells[c] : "")),
                table.Header.Select(name => record.Fields[name.Trim()]));
        }
    }

    [Property(MaxTest = Cases)]
    public void Written_json_lines_read_back_field_for_field(JsonFile file)
    {
        var records = RecordSources.Open(new StringReader(file.Text), ImportFormat.JsonLines).Records().ToList();

        Assert.Equal(file.Objects.Select(o => o.Line), records.Select(r => r.Line));
        foreach (var (record, written) in records.Zip(file.Objects))
        {
            Assert.Null(record.Unreadable);
            Assert.Equal(written.Fields.Count, record.Fields.Count);
            Assert.Equal(written.Fields.Select(f => f.Expected), written.Fields.Select(f => record.Fields[f.Name.Trim()]));
        }
    }

    /// <summary>A CSV file and what it holds: each row's cells, or null for a row that reads as blank and is skipped.</summary>
    public sealed record CsvTable(string Text, string[] Header, IReadOnlyList<string[]?> Rows);

    public static Arbitrary<CsvTable> CsvTables() => CsvTableGen.ToArbitrary();

    public static Arbitrary<JsonFile> JsonFiles() => JsonFileGen.ToArbitrary();

    private static Gen<CsvTable> CsvTableGen { get; } =
        from header in ImportFiles.Names(Gen.Elements("a", "B", "_", " ", "1", "é", ",", ";", "\t", "\"").ListOf().Select(c => string.Concat(c)))
        from separator in header.Length == 1 ? Gen.Constant(',') : Gen.Elements(',', ';', '\t')
        from rows in Gen.ArrayOf(ImportFiles.Cell, header.Length).Zip(Gen.Choose(1, header.Length))
            .Select(row => row.Item1.Take(row.Item2).ToArray()).ListOf()
        from endings in ImportFiles.LineEnding.ArrayOf(rows.Count + 1)
        from bom in ArbMap.Default.GeneratorFor<bool>()
        from trailingEnding in ArbMap.Default.GeneratorFor<bool>()
        select Written(header, separator, rows, endings, bom, trailingEnding);

    private static CsvTable Written(string[] header, char separator, IReadOnlyList<string[]> rows, string[] endings, bool bom, bool trailingEnding)
    {
        // The header quotes every separator it holds, as the separator is told from the header's unquoted ones.
        string Line(IEnumerable<string> cells, char[] quoted) => string.Join(separator, cells.Select(cell =>
            cell.IndexOfAny(quoted) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell));
        var text = new StringBuilder(bom ? $"{ImportFiles.Bom}" : "").Append(Line(header, [',', ';', '\t', '"']));
        var lines = rows.Select(row => Line(row, [separator, '"', '\r', '\n'])).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(EndingBefore(lines[i], endings[i])).Append(lines[i]);
        }
        if (trailingEnding)
        {
            text.Append(endings[^1]);
        }
        return new CsvTable(text.ToString(), header, rows.Select((cells, i) => lines[i].Length == 0 ? null : cells).ToList());
    }

    /// <summary>A \r before an empty line and the \n after it are one \r\n to any reader, so an empty line follows a \n.</summary>
    private static string EndingBefore(string line, string ending) => line.Length == 0 ? "\n" : ending;

    public sealed record JsonField(string Name, string? Expected);

    public sealed record JsonObject(int Line, IReadOnlyList<JsonField> Fields);

    public sealed record JsonFile(string Text, IReadOnlyList<JsonObject> Objects);

    private static Gen<string> JsonText { get; } = ImportFiles.Cell.Select(ImportFiles.WellFormed);

    /// <summary>A value an encoder writes and the text the record must hold for it.</summary>
    private static Gen<(Action<Utf8JsonWriter> Write, string? Expected)> JsonValues { get; } = Gen.OneOf(
        JsonText.Select(s => ((Action<Utf8JsonWriter>)(w => w.WriteStringValue(s)), ImportFiles.Expected(s))),
        ArbMap.Default.GeneratorFor<long>().Select(n => ((Action<Utf8JsonWriter>)(w => w.WriteNumberValue(n)), (string?)n.ToString(CultureInfo.InvariantCulture))),
        ArbMap.Default.GeneratorFor<bool>().Select(b => ((Action<Utf8JsonWriter>)(w => w.WriteBooleanValue(b)), (string?)(b ? "true" : "false"))),
        Gen.Constant(((Action<Utf8JsonWriter>)(w => w.WriteNullValue()), (string?)null)),
        JsonText.ListOf().Select(items => ((Action<Utf8JsonWriter>)(w =>
        {
            w.WriteStartArray();
            foreach (var item in items)
            {
                w.WriteStringValue(item);
            }
            w.WriteEndArray();
        }), ImportFiles.Expected(string.Join(JsonLinesRecordSource.ListSeparator, items.Select(i => i.Trim()))))));

    private static Gen<(string Json, List<JsonField> Fields)> JsonLines { get; } =
        from names in ImportFiles.Names(JsonText)
        from values in JsonValues.ArrayOf(names.Length)
        select (Serialized(names, values), names.Zip(values, (n, v) => new JsonField(n, v.Expected)).ToList());

    private static string Serialized(string[] names, (Action<Utf8JsonWriter> Write, string? Expected)[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                writer.WritePropertyName(names[i]);
                values[i].Write(writer);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One physical line: an object and its fields, or a blank line (no fields) the reader skips.</summary>
    private sealed record Line(string Json, List<JsonField>? Fields);

    private static Gen<JsonFile> JsonFileGen { get; } =
        from lines in Gen.Frequency((4, JsonLines.Select(l => new Line(l.Json, l.Fields))),
                (1, Gen.Elements("", " ", "\t").Select(blank => new Line(blank, null)))).ListOf()
        from endings in ImportFiles.LineEnding.ArrayOf(lines.Count)
        from bom in ArbMap.Default.GeneratorFor<bool>()
        select new JsonFile(
            (bom ? $"{ImportFiles.Bom}" : "") + string.Concat(lines.Select((l, i) => l.Json + (i + 1 < lines.Count ? EndingBefore(lines[i + 1].Json, endings[i]) : endings[i]))),
            lines.Select((l, i) => (Line: i + 1, l.Fields)).Where(l => l.Fields is not null)
                .Select(l => new JsonObject(l.Line, l.Fields!)).ToList());
}
