using System.Text.Json.Serialization;

namespace Dyad.Core.Surveys;

/// <summary>The kinds of question an instrument can ask.</summary>
public enum QuestionType
{
    /// <summary>A whole number between <see cref="Question.Min"/> and <see cref="Question.Max"/>, with optional end labels.</summary>
    Rating,

    /// <summary>The 0-10 likelihood-to-recommend scale (product brief, Measurement).</summary>
    Nps,
    SingleChoice,
    MultipleChoice,

    /// <summary>Every option once, most important first (the answer's choices in order).</summary>
    Ranking,

    /// <summary>Several statements (<see cref="Question.Rows"/>) each rated on the question's min-max scale.</summary>
    Matrix,
    OpenText,
}

/// <summary>How a skip condition compares an earlier answer with its value.</summary>
public enum SkipOperator
{
    Equals,
    AtLeast,
    AtMost,
}

/// <summary>Text in each language of a survey, keyed by language code (en, nl, fi).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    public LocalizedText(IDictionary<string, string> texts) : base(texts, StringComparer.OrdinalIgnoreCase) { }

    public static LocalizedText Of(string english, string dutch) => new() { ["en"] = english, ["nl"] = dutch };
}

/// <summary>An option of a choice or ranking question, or a row of a matrix.</summary>
public sealed record QuestionOption(string Key, LocalizedText Text);

/// <summary>
/// Shows a question only when an earlier question's answer meets it: a rating or NPS answer compared with
/// <see cref="Number"/>, or a choice answer that includes <see cref="Option"/> (only with <see cref="SkipOperator.Equals"/>).
/// </summary>
public sealed record SkipCondition(string Question, SkipOperator Operator, int? Number = null, string? Option = null);

/// <summary>One question of a questionnaire; its key names it in answers, exports and validation errors.</summary>
public sealed record Question(
    string Key,
    QuestionType Type,
    LocalizedText Text,
    bool Required = false,
    int? Min = null,
    int? Max = null,
    LocalizedText? MinLabel = null,
    LocalizedText? MaxLabel = null,
    IReadOnlyList<QuestionOption>? Options = null,
    SkipCondition? ShowWhen = null,
    IReadOnlyList<QuestionOption>? Rows = null,
    QuestionAudience? Audience = null)
{
    /// <summary>Whether this respondent is asked the question at all; a question without audience is for everyone.</summary>
    public bool IsFor(Respondent? respondent) => Audience is null || Audience.Includes(respondent);

    [JsonIgnore]
    public bool IsNumeric => Type is QuestionType.Rating or QuestionType.Nps;

    [JsonIgnore]
    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Ranking;

    /// <summary>The answer range: NPS is always 0-10, a rating its own bounds.</summary>
    [JsonIgnore]
    public int Lowest => Type == QuestionType.Nps ? RatingScale.Nps.Lowest : Min ?? 0;

    [JsonIgnore]
    public int Highest => Type == QuestionType.Nps ? RatingScale.Nps.Highest : Max ?? 0;
}

/// <summary>
/// One answer: <see cref="Number"/> for rating and NPS questions, <see cref="Choices"/> (option keys; exactly one
/// for a single choice, all in order for a ranking) for choice questions, <see cref="Text"/> for open questions,
/// <see cref="Rows"/> (row key to rating) for a matrix.
/// </summary>
public sealed record Answer(int? Number = null, IReadOnlyList<string>? Choices = null, string? Text = null, IReadOnlyDictionary<string, int>? Rows = null)
{
    [JsonIgnore]
    public bool IsEmpty => Number is null && (Choices is null || Choices.Count == 0) && string.IsNullOrWhiteSpace(Text) && (Rows is null || Rows.Count == 0);
}
