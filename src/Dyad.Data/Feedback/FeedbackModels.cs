using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Data.Feedback;

/// <summary>
/// Which feedback to show; every part optional. <see cref="Sentiment"/> is positive, neutral or negative;
/// <see cref="Card"/> red or green; <see cref="Q"/> finds text containing it, whatever the case; <see cref="Source"/> is
/// survey (the customers' answers) or employee (employees' notes).
/// </summary>
/// <summary>
/// Which feedback to read. <paramref name="AccountIds"/> keeps that set of accounts only; <paramref name="From"/> and
/// <paramref name="To"/> are days, both included, in UTC; <paramref name="Role"/> is the stakeholder's buying-centre role.
/// </summary>
public sealed record FeedbackFilter(
    string? Keyword = null, string? Sentiment = null, Guid? AccountId = null, int? Phase = null, string? Card = null, string? Q = null,
    string? Source = null, IReadOnlyCollection<Guid>? AccountIds = null, DateOnly? From = null, DateOnly? To = null,
    Core.Accounts.BuyingCentreRole? Role = null);

/// <summary>The feedback a filter selects, all of it (not only the first listed), with the codebook it was coded by.</summary>
public sealed record FeedbackSelection(
    Codebook Codebook, IReadOnlyDictionary<string, int> Thresholds, int OtherTopicsThreshold,
    IReadOnlyList<FeedbackItemView> Items)
{
    /// <summary>The 004 content analysis of the selected feedback: keyword frequency per topic at or above the codebook's threshold.</summary>
    public IReadOnlyList<KeywordFrequency> Frequencies() =>
        ContentAnalysis.Frequencies(
            Items.Select(i => new CodedAnswer(i.Id.ToString(), i.Topic, i.Keywords)).ToArray(),
            Codebook, Thresholds, OtherTopicsThreshold);
}

/// <summary>
/// One open-text answer of a survey, or one employee note (<see cref="Source"/> employee: no survey, response or question;
/// <see cref="Author"/> and <see cref="NoteKind"/> instead, <see cref="StakeholderRole"/> the role the note speaks about).
/// <see cref="Compound"/> is VADER's score (null when no analyser knows the response's language);
/// <see cref="Keywords"/> are the final codes, the automatic ones with the manual corrections on top;
/// <see cref="CardByHand"/> says whether <see cref="Card"/> was given by a person rather than read from the sentiment.
/// </summary>
public sealed record FeedbackItemView(
    Guid Id, string Source, Guid? SurveyId, string? SurveyName, Guid? ResponseId, string? QuestionKey, string Topic, string Text,
    Guid? AccountId, string? AccountName, Guid? StakeholderId, string? StakeholderName, string? StakeholderRole,
    int? Phase, Guid? TouchpointId, DateTimeOffset SubmittedAt, double? Compound, string Sentiment,
    IReadOnlyList<string> Keywords, IReadOnlyList<string> AutomaticKeywords, FeedbackCard? Card, bool CardByHand,
    string? Author = null, string? NoteKind = null);

/// <summary>
/// The feedback matching a filter, newest first, with the 004 content analysis (keyword frequency per topic at or
/// above the topic's threshold) and the importance index of its keywords over the same feedback.
/// </summary>
public sealed record FeedbackInboxView(
    int Total, IReadOnlyList<FeedbackItemView> Items, IReadOnlyList<KeywordFrequency> ContentAnalysis, IReadOnlyList<TopicImportance> Importance);

public sealed record FeedbackCodes(IReadOnlyList<string?>? Keywords);

public sealed record FeedbackCardChoice(FeedbackCard? Card);

public static class SentimentLabels
{
    public const string Positive = "positive";
    public const string Neutral = "neutral";
    public const string Negative = "negative";
    public const string Unscored = "unscored";

    public static readonly IReadOnlyList<string> All = [Positive, Neutral, Negative, Unscored];

    /// <summary>VADER's customary cut-offs, the same that suggest a card (<see cref="FeedbackCards"/>).</summary>
    public static string Of(double? compound) => compound switch
    {
        null => Unscored,
        >= FeedbackCards.PositiveThreshold => Positive,
        <= FeedbackCards.NegativeThreshold => Negative,
        _ => Neutral,
    };
}

/// <summary>Where feedback comes from: the customers' survey answers, or the notes employees wrote (their voice).</summary>
public static class FeedbackSources
{
    public const string Survey = "survey";
    public const string Employee = "employee";

    public static readonly IReadOnlyList<string> All = [Survey, Employee];
}
