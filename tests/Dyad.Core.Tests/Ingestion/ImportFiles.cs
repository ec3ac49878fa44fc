using System.Text;
using Dyad.Core.Ingestion;
using FsCheck;
using FsCheck.Fluent;

namespace Dyad.Core.Tests.Ingestion;

/// <summary>
/// Generators of import files: text built from the pieces that break readers (quotes, separators, every line ending,
/// byte order marks, lone surrogates, JSON punctuation, huge cells), arbitrary bytes, and well-formed tables written
/// the way a spreadsheet or a JSON encoder writes them.
/// </summary>
internal static class ImportFiles
{
    public const char Bom = '\uFEFF';

    private static readonly string[] Pieces =
    [
        "\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", " ", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\0",
        "{", "}", "[", "]", ":", "\\", "\"name\"", "\"\\ud800\"", "\"\\u0000\"", "null", "true", "1e999", "-0", "é", "name",
        "relationship_type", "Acme", "{\"name\":", "[[", "{\"a\":{\"b\":1}}", "{\"name\":\"\\udc00\"}",
    ];

    /// <summary>Text that looks like an import file gone wrong, now and then with a cell far longer than any real one.</summary>
    public static Gen<string> MalformedText { get; } = Gen.Frequency(
            (20, Gen.Elements(Pieces)),
            (4, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
            (1, Gen.Choose(10_000, 200_000).Select(n => new string('x', n))),
            (1, Gen.Constant(new string('[', 100) + new string(']', 100))))
        .ListOf().Select(pieces => string.Concat(pieces));

    public static Gen<byte[]> Bytes { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])),
        // The byte order marks of UTF-8 and UTF-16 make the reader switch encodings, so they lead some files.
        (1, Gen.Zip(Gen.Elements<byte[]>([0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]), ArbMap.Default.GeneratorFor<byte[]>())
            .Select(t => t.Item1.Concat(t.Item2 ?? []).ToArray())));

    public static Gen<string> LineEnding { get; } = Gen.Elements("\n", "\r\n", "\r");

    /// <summary>Any text a cell may hold, line breaks, quotes and separators included.</summary>
    public static Gen<string> Cell { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (3, Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p))),
        (1, Gen.Constant("")));

    /// <summary>Distinct (ignoring case) column or field names that are not blank.</summary>
    public static Gen<string[]> Names(Gen<string> name) =>
        name.Where(n => n.Trim().Length > 0).NonEmptyListOf()
            .Select(names => names.DistinctBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).Take(8).ToArray());

    public static string Decoded(byte[] bytes) => new StreamReader(new MemoryStream(bytes)).ReadToEnd();

    /// <summary>
    /// Reads the whole file as the import does. The only failure allowed is <see cref="ImportFileException"/>; it and
    /// every unreadable record must say where the problem is. Anything else thrown fails the property by itself.
    /// </summary>
    public static bool ReadsOrSaysWhere(TextReader file, ImportFormat format, int physicalLines)
    {
        List<ImportRecord> records;
        try
        {
            records = RecordSources.Open(file, format).Records().ToList();
        }
        catch (ImportFileException unreadable)
        {
            return unreadable.Errors.Count > 0 && unreadable.Errors.All(e => Located(e, format, physicalLines));
        }
        var lines = records.Select(r => r.Line).ToList();
        return lines.Zip(lines.Skip(1)).All(pair => pair.First < pair.Second)
            && records.All(r => r.Line >= 1 && r.Line <= physicalLines && (r.Unreadable is null || Located(r.Unreadable, format, physicalLines)));
    }

    /// <summary>Lines as a text editor counts them, each of \r\n, \r and \n ending one.</summary>
    public static int PhysicalLines(string text) => text.Replace("\r\n", "\n").Split('\n', '\r').Length;

    private static bool Located(ImportError error, ImportFormat format, int physicalLines) =>
        error.Format == format && error.Line >= 1 && error.Line <= physicalLines
        && !string.IsNullOrWhiteSpace(error.Field) && !string.IsNullOrWhiteSpace(error.Problem);

    /// <summary>A cell's text as a record holds it: trimmed, and null when nothing is left.</summary>
    public static string? Expected(string cell) => cell.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Text with every lone surrogate replaced, as a JSON encoder can only write whole characters.</summary>
    public static string WellFormed(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }
        return builder.ToString();
    }
}
