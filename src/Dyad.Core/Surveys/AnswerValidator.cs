using Dyad.Core.Common;

namespace Dyad.Core.Surveys;

/// <summary>
/// Checks a respondent's answers against the questions. Errors are keyed <c>answers.{question key}</c>.
/// An answer to a question that skip logic hides is refused, not dropped: the respondent was never shown it,
/// so a client sending one disagrees with the survey's flow, and storing or silently ignoring it would hide that.
/// </summary>
public static class AnswerValidator
{
    public const int OpenTextMaxLength = 10_000;

    /// <param name="respondent">Who answers, for questions meant for an audience; null for an anonymous respondent.</param>
    public static FieldErrors Validate(IReadOnlyList<Question> questions, IReadOnlyDictionary<string, Answer> answers,
        Respondent? respondent = null)
    {
        var errors = new FieldErrors();
        var byKey = questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
        foreach (var key in answers.Keys.Where(k => !byKey.ContainsKey(k)))
        {
            errors.Add(Field(key), $"The survey has no question '{key}'.");
        }
        var visible = Questionnaire.Visible(questions, answers, respondent);
        foreach (var question in questions)
        {
            var given = answers.TryGetValue(question.Key, out var answer) && answer is { IsEmpty: false };
            if (!visible.Contains(question.Key))
            {
                if (given)
                {
                    errors.Add(Field(question.Key), $"'{question.Key}' is not shown for these answers, so it cannot be answered.");
                }
            }
            else if (!given)
            {
                if (question.Required)
                {
                    errors.Add(Field(question.Key), $"'{question.Key}' is required.");
                }
            }
            else if (Problem(question, answer!) is { } problem)
            {
                errors.Add(Field(question.Key), problem);
            }
        }
        return errors;
    }

    private static string Field(string key) => $"answers.{key}";

    private static string? Problem(Question question, Answer answer)
    {
        // An answer fills exactly the one part its question type reads.
        var expected = question.IsNumeric ? "a number" : question.IsChoice ? "choices" : question.Type == QuestionType.Matrix ? "a rating per row" : "text";
        string?[] parts =
        [
            answer.Number is null ? null : "a number",
            answer.Choices is { Count: > 0 } ? "choices" : null,
            answer.Rows is { Count: > 0 } ? "a rating per row" : null,
            answer.Text is null ? null : "text",
        ];
        if (parts.OfType<string>().ToArray() is not [var given] || given != expected)
        {
            return $"'{question.Key}' takes {expected}.";
        }
        if (question.IsNumeric)
        {
            return answer.Number < question.Lowest || answer.Number > question.Highest
                ? $"'{question.Key}' is answered from {question.Lowest} to {question.Highest}, not {answer.Number}."
                : null;
        }
        if (question.IsChoice)
        {
            var choices = answer.Choices!;
            if (question.Type == QuestionType.SingleChoice && choices.Count != 1)
            {
                return $"'{question.Key}' takes exactly one choice.";
            }
            if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
            {
                return $"'{question.Key}' lists a choice twice.";
            }
            var unknown = choices.FirstOrDefault(c => question.Options!.All(o => o.Key != c));
            if (unknown is not null)
            {
                return $"'{question.Key}' has no option '{unknown}'.";
            }
            return question.Type == QuestionType.Ranking && choices.Count != question.Options!.Count
                ? $"'{question.Key}' ranks every one of its {question.Options.Count} options, most important first."
                : null;
        }
        if (question.Type == QuestionType.Matrix)
        {
            return MatrixProblem(question, answer.Rows!);
        }
        return answer.Text!.Length > OpenTextMaxLength ? $"'{question.Key}' takes at most {OpenTextMaxLength} characters." : null;
    }

    /// <summary>Every row named must be one of the question's, on its scale; a required matrix rates every row.</summary>
    private static string? MatrixProblem(Question question, IReadOnlyDictionary<string, int> rows)
    {
        var unknown = rows.Keys.FirstOrDefault(k => question.Rows!.All(r => r.Key != k));
        if (unknown is not null)
        {
            return $"'{question.Key}' has no row '{unknown}'.";
        }
        var off = rows.FirstOrDefault(r => r.Value < question.Lowest || r.Value > question.Highest);
        if (off.Key is not null)
        {
            return $"'{question.Key}' rates its rows from {question.Lowest} to {question.Highest}; row '{off.Key}' has {off.Value}.";
        }
        var missing = question.Required ? question.Rows!.FirstOrDefault(r => !rows.ContainsKey(r.Key)) : null;
        return missing is null ? null : $"'{question.Key}' is required, so every row is rated; '{missing.Key}' is not.";
    }
}
