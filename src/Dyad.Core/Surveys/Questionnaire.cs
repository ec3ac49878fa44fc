using Dyad.Core.Common;

namespace Dyad.Core.Surveys;

/// <summary>Rules for a list of questions as a survey asks them, and which questions a respondent sees.</summary>
public static class Questionnaire
{
    public const int KeyMaxLength = 60;
    public const int TextMaxLength = 1000;

    /// <summary>
    /// What is wrong with the questions as a survey in these languages: keys unique, text in every language, a
    /// rating's range and an option list that make sense, skip conditions on earlier questions only. A list still
    /// being designed (<paramref name="allowEmpty"/>) may be empty.
    /// </summary>
    public static FieldErrors Check(IReadOnlyList<Question> questions, IReadOnlyCollection<string> languages, bool allowEmpty = false)
    {
        var errors = new FieldErrors();
        if (questions.Count == 0 && !allowEmpty)
        {
            errors.Add("questions", "A survey asks at least one question.");
        }
        if (languages.Count == 0)
        {
            errors.Add("languages", "A survey is in at least one language.");
        }
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var field = $"questions[{i}]";
            // Questions arrive as JSON, where any part may be null whatever the C# types say.
            if (question is null)
            {
                errors.Add(field, "A question cannot be null.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(question.Key) || question.Key.Length > KeyMaxLength)
            {
                errors.Add(field, $"A question needs a key of 1 to {KeyMaxLength} characters.");
            }
            else if (earlier.ContainsKey(question.Key))
            {
                errors.Add(field, $"The key '{question.Key}' is used by an earlier question.");
            }
            errors.Defined(field, question.Type, "The question type");
            CheckText(errors, field, "text", question.Text, languages);
            if (question.Type is QuestionType.Rating or QuestionType.Matrix
                && (question.Min is not { } min || question.Max is not { } max || min >= max))
            {
                errors.Add(field, "A rating or matrix question needs a min below its max.");
            }
            if (question.IsChoice)
            {
                CheckLabelled(errors, field, "option", question.Options, 2, languages);
            }
            if (question.Type == QuestionType.Matrix)
            {
                CheckLabelled(errors, field, "row", question.Rows, 1, languages);
            }
            if (question.ShowWhen is { } condition)
            {
                CheckCondition(errors, field, condition, earlier);
            }
            if (!string.IsNullOrWhiteSpace(question.Key))
            {
                earlier.TryAdd(question.Key, question);
            }
        }
        return errors;
    }

    /// <summary>
    /// The keys of the questions the respondent is shown given these answers. A condition on a hidden question
    /// never holds, so hiding a question also hides what depends on it.
    /// </summary>
    public static IReadOnlySet<string> Visible(IReadOnlyList<Question> questions, IReadOnlyDictionary<string, Answer> answers)
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (question.ShowWhen is not { } condition
                || (visible.Contains(condition.Question) && answers.TryGetValue(condition.Question, out var answer) && Holds(condition, answer)))
            {
                visible.Add(question.Key);
            }
        }
        return visible;
    }

    private static bool Holds(SkipCondition condition, Answer answer) => condition.Operator switch
    {
        SkipOperator.Equals when condition.Option is { } option => answer.Choices?.Contains(option, StringComparer.Ordinal) == true,
        SkipOperator.Equals => answer.Number == condition.Number,
        SkipOperator.AtLeast => answer.Number >= condition.Number,
        SkipOperator.AtMost => answer.Number <= condition.Number,
        _ => false,
    };

    private static void CheckCondition(FieldErrors errors, string field, SkipCondition condition, Dictionary<string, Question> earlier)
    {
        if (condition.Question is null || !earlier.TryGetValue(condition.Question, out var source))
        {
            errors.Add(field, $"Skip logic may only look at an earlier question; '{condition.Question}' is not one.");
            return;
        }
        errors.Defined(field, condition.Operator, "The skip operator");
        // A ranking holds every option, so "includes this option" would always hold; it cannot steer the flow.
        var valid = source.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice =>
                condition is { Operator: SkipOperator.Equals, Number: null } && source.Options!.Any(o => o.Key == condition.Option),
            QuestionType.Rating or QuestionType.Nps =>
                condition is { Option: null, Number: { } n } && n >= source.Lowest && n <= source.Highest,
            _ => false,
        };
        if (!valid)
        {
            errors.Add(field, source.Type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice => $"A condition on '{source.Key}' is 'equals' one of its options.",
                QuestionType.Rating or QuestionType.Nps => $"A condition on '{source.Key}' compares with a number from {source.Lowest} to {source.Highest}.",
                _ => $"Skip logic looks only at rating, NPS and choice questions; '{source.Key}' is a question of type {source.Type.ToLabel()}.",
            });
        }
    }

    private static void CheckLabelled(FieldErrors errors, string field, string what, IReadOnlyList<QuestionOption>? labelled, int least,
        IReadOnlyCollection<string> languages)
    {
        var given = (labelled ?? []).Where(o => o is not null && !string.IsNullOrWhiteSpace(o.Key)).ToArray();
        if (given.Length != (labelled?.Count ?? 0))
        {
            errors.Add(field, $"Every {what} needs a key.");
        }
        if (given.Length < least)
        {
            errors.Add(field, $"This question needs at least {least} {what}{(least == 1 ? "" : "s")}.");
        }
        if (given.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != given.Length)
        {
            errors.Add(field, $"The keys of the {what}s must be unique.");
        }
        foreach (var item in given)
        {
            CheckText(errors, field, $"{what} '{item.Key}'", item.Text, languages);
        }
    }

    private static void CheckText(FieldErrors errors, string field, string what, LocalizedText? text, IReadOnlyCollection<string> languages)
    {
        foreach (var language in languages)
        {
            if (text is null || !text.TryGetValue(language, out var value) || string.IsNullOrWhiteSpace(value))
            {
                errors.Add(field, $"The {what} needs wording in '{language}'.");
            }
            else if (value.Length > TextMaxLength)
            {
                errors.Add(field, $"The {what} in '{language}' is longer than {TextMaxLength} characters.");
            }
        }
    }
}
