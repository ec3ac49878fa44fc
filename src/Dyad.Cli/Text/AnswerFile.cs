using Dyad.Cli.Common;
using Dyad.Cli.Surveys;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Cli.Text;

/// <summary>Open answers in a CSV with the columns <c>id</c>, <c>topic</c> (may be empty) and <c>text</c>; others are ignored.</summary>
internal static class AnswerFile
{
    public const string Id = "id";
    public const string Topic = "topic";
    public const string Text = "text";

    public static IReadOnlyList<OpenAnswer> Read(FileInfo input)
    {
        var file = ResponseFile.Read(input);
        if (file.Missing([Id, Topic, Text]) is { Count: > 0 } missing)
        {
            throw new CommandFailedException($"{file.Name}: The header (row 1) lacks the column(s) {string.Join(", ", missing)}.");
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var answers = new List<OpenAnswer>();
        foreach (var row in file.Rows)
        {
            var id = file.Cell(row, Id) ?? throw file.Problem(row.Number, Id, "Every answer needs an id.");
            if (!seen.TryAdd(id, row.Number))
            {
                throw file.Problem(row.Number, Id, $"Id '{id}' is already used on row {seen[id]}.");
            }
            var text = file.Cell(row, Text) ?? throw file.Problem(row.Number, Text, "The answer is empty; leave unanswered questions out of the file.");
            answers.Add(new OpenAnswer(id, file.Cell(row, Topic), text));
        }
        if (answers.Count == 0)
        {
            throw new CommandFailedException($"{file.Name}: The file has a header but no answers.");
        }
        return answers;
    }
}
