using System.Globalization;
using System.Text.Json;

namespace Dyad.Core.Ingestion;

/// <summary>
/// JSON Lines: one JSON object per line, its properties the same names as the CSV columns. Strings, numbers and booleans
/// are taken as their text, null as an empty cell, and an array of them as its items separated by <c>;</c>, as a CSV
/// cell lists choices. Blank lines are skipped; a line that is not an object is named by its number.
/// </summary>
public sealed class JsonLinesRecordSource(TextReader reader) : IRecordSource
{
    public const char ListSeparator = ';';

    /// <summary>The field an error names when a line cannot be read as a JSON object at all.</summary>
    public const string WholeLine = "$";

    public ImportFormat Format => ImportFormat.JsonLines;

    public IReadOnlyList<string>? Header => null;

    public IEnumerable<ImportRecord> Records()
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            yield return Parse(line, line == 1 ? text.TrimStart('\uFEFF') : text);
        }
    }

    private static ImportRecord Parse(int line, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException bad)
        {
            return Broken(line, WholeLine, $"The line is not valid JSON (at character {(bad.BytePositionInLine ?? 0) + 1}).");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Broken(line, WholeLine, "Each line must be one JSON object, like {\"name\": \"Acme\"}.");
            }
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var name = property.Name.Trim();
                if (name.Length == 0)
                {
                    return Broken(line, WholeLine, "A field has no name.");
                }
                if (fields.ContainsKey(name))
                {
                    return Broken(line, name, "The field appears twice.");
                }
                if (Value(property.Value) is not { } value)
                {
                    return Broken(line, name, "Give a string, a number, true or false, null, or a list of those; not an object.");
                }
                fields[name] = value.Length == 0 ? null : value;
            }
            return new ImportRecord(line, fields);
        }
    }

    /// <summary>The value as a cell's text; null for what has no such form (an object, a nested list).</summary>
    private static string? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        JsonValueKind.Array => value.EnumerateArray().Select(Item).ToList() is var items && items.All(i => i is not null)
            ? string.Join(ListSeparator, items)
            : null,
        _ => null,
    };

    private static string? Item(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString()!.Trim(),
        JsonValueKind.Number => item.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => item.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        _ => null,
    };

    private static ImportRecord Broken(int line, string field, string problem) =>
        ImportRecord.Broken(new ImportError(ImportFormat.JsonLines, line, field, problem));
}
