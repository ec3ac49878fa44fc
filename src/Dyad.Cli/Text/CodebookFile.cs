using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Cli.Text;

/// <summary>
/// A codebook as JSON: <c>{"keywords":[{"keyword":"responsiveness","topic":null,"synonyms":["quick reply","fast"]}],
/// "thresholds":{"customer experience":3}}</c>. Unknown properties are refused, so a misspelt one is not silently ignored.
/// </summary>
internal static class CodebookFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (Codebook Codebook, IReadOnlyDictionary<string, int> Thresholds) Read(FileInfo file)
    {
        Document document;
        try
        {
            using var stream = file.OpenRead();
            document = JsonSerializer.Deserialize<Document>(stream, Options)
                       ?? throw new CommandFailedException($"{file.Name}: The file holds null; it must be an object with \"keywords\".");
        }
        catch (JsonException ex)
        {
            throw new CommandFailedException($"{file.Name}: Line {ex.LineNumber + 1}, at {ex.Path}: {FirstSentence(ex.Message)}");
        }
        if (document.Keywords is not { Count: > 0 } keywords)
        {
            throw new CommandFailedException($"{file.Name}: \"keywords\" must list at least one keyword.");
        }
        var thresholds = document.Thresholds ?? [];
        if (thresholds.FirstOrDefault(t => t.Value < 1) is { Key: not null } bad)
        {
            throw new CommandFailedException($"{file.Name}: thresholds[\"{bad.Key}\"]: a threshold is a number of answers, 1 or more.");
        }
        try
        {
            var codebook = Codebook.Create(keywords.Select(k => new CodebookKeyword(k?.Keyword ?? "", k?.Topic, k?.Synonyms ?? [])));
            return (codebook, new Dictionary<string, int>(thresholds, StringComparer.OrdinalIgnoreCase));
        }
        catch (DomainValidationException ex)
        {
            var (field, messages) = ex.Errors.First();
            throw new CommandFailedException($"{file.Name}: {field}: {messages[0]}");
        }
    }

    // System.Text.Json appends the path and position in sentences of its own; they are given above.
    private static string FirstSentence(string message) => message.Split(". Path:")[0].TrimEnd('.') + ".";

    private sealed record Document(List<KeywordEntry?>? Keywords, Dictionary<string, int>? Thresholds);

    private sealed record KeywordEntry(string? Keyword, string? Topic, List<string>? Synonyms);
}
