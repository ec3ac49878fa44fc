using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Surveys;

namespace Dyad.Core.Feedback;

/// <summary>The open-text answers of a survey's responses, ready to code, each under its question's topic.</summary>
public static class SurveyOpenAnswers
{
    /// <summary>
    /// One answer per response and open question answered with text, id "responseId/questionKey"; the topic is
    /// <paramref name="topicOf"/>(question key), or the key itself when it gives none.
    /// </summary>
    public static IReadOnlyList<OpenAnswer> Of(IEnumerable<Question> questions,
        IEnumerable<(Guid ResponseId, IReadOnlyDictionary<string, Answer> Answers)> responses, Func<string, string?> topicOf)
    {
        var open = questions.Where(q => q.Type == QuestionType.OpenText).Select(q => q.Key).ToArray();
        return responses
            .SelectMany(r => open
                .Where(key => r.Answers.TryGetValue(key, out var answer) && !string.IsNullOrWhiteSpace(answer.Text))
                .Select(key => new OpenAnswer($"{r.ResponseId}/{key}", topicOf(key) ?? key, r.Answers[key].Text!)))
            .ToArray();
    }
}
