using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Results;

namespace Dyad.Data.Surveys;

public sealed record SurveySummary(
    Guid Id, string Name, string? Instrument, SurveyStatus Status, IReadOnlyList<string> Languages, bool AllowAnonymous,
    DateTimeOffset CreatedAt, int Responses);

/// <param name="PublicKey">The key of the anonymous public link <c>/s/open/{key}</c>; null until anonymous answers are allowed.</param>
public sealed record SurveyView(
    Guid Id, string Name, string? Instrument, SurveyStatus Status, IReadOnlyList<string> Languages, bool AllowAnonymous,
    DateTimeOffset CreatedAt, int Responses, IReadOnlyList<Question> Questions, string? PublicKey = null);

public sealed record SurveyResponseView(
    Guid Id, Guid SurveyId, Guid? AccountId, Guid? StakeholderId, string Language, DateTimeOffset SubmittedAt,
    IReadOnlyDictionary<string, Answer> Answers)
{
    internal static SurveyResponseView Of(SurveyResponse r) =>
        new(r.Id, r.SurveyId, r.AccountId, r.StakeholderId, r.Language, r.SubmittedAt, r.Answers);
}

/// <summary>A submitted response and whether this call stored it (false: an earlier call with the same key did).</summary>
public sealed record SubmittedResponse(SurveyResponseView Response, bool Created);

/// <summary>
/// The scores a survey's instrument defines, over the responses selected (all of them unless filtered); the others are
/// null. A survey of the workspace's own questions has only its response count until it names an instrument.
/// <see cref="Trend"/> follows the scores per <see cref="Period"/>; <see cref="Breakdown"/> splits them by
/// <see cref="By"/> when asked, each group with its own count so a small group is seen to be small.
/// </summary>
public sealed record SurveyAnalysis(
    Guid SurveyId, string? Instrument, int Responses, NpsResult? Nps, CsatResult? Csat, CesResult? Ces, ServqualResult? Servqual,
    BreakdownDimension? By = null, TrendPeriod Period = TrendPeriod.Month, IReadOnlyList<GroupResult<SurveyScores>>? Breakdown = null,
    IReadOnlyList<TrendPoint>? Trend = null)
{
    /// <summary>The group of decision-making-unit members in a breakdown by DMU.</summary>
    public const string InDmu = "dmu";

    /// <summary>The group of stakeholders outside the decision-making unit (users, specifiers, ...) in a breakdown by DMU.</summary>
    public const string OutsideDmu = "outside_dmu";
}

/// <summary>
/// Which responses an analysis reads and how it splits them: <paramref name="From"/> and <paramref name="To"/> are days,
/// both included, in UTC. <paramref name="AccountIds"/>, when given, keeps the responses of those accounts only (a
/// dashboard's view of one account manager's accounts); <paramref name="Phase"/> is the phase of the response's context
/// and <paramref name="Role"/> the respondent's buying-centre role as the breakdown by role reads it.
/// </summary>
public sealed record SurveyAnalysisQuery(
    BreakdownDimension? By = null, TrendPeriod Period = TrendPeriod.Month, DateOnly? From = null, DateOnly? To = null,
    Guid? AccountId = null, string? Segment = null, IReadOnlyCollection<Guid>? AccountIds = null, int? Phase = null,
    Core.Accounts.BuyingCentreRole? Role = null);

/// <summary>An answer to an open question, with who gave it and when; <paramref name="Question"/> is its wording in the survey's first language.</summary>
public sealed record SurveyComment(Guid ResponseId, DateTimeOffset SubmittedAt, string? Account, string QuestionKey, string Question, string Text);

/// <summary>One survey's scores over the responses of one account.</summary>
public sealed record AccountSurveyScores(Guid SurveyId, string Name, string? Instrument, SurveyScores Scores);

/// <summary>
/// An instrument a survey can start from: a built-in one (<see cref="BuiltIn"/>, read-only, key such as <c>nps</c>)
/// or one of the workspace's own, whose key is its id.
/// </summary>
public sealed record InstrumentView(
    string Key, Guid? Id, string Name, string? Description, bool BuiltIn, IReadOnlyList<string> Languages, IReadOnlyList<Question> Questions)
{
    internal static InstrumentView Of(Core.Surveys.Instruments.Instrument i) =>
        new(i.Key, null, i.Name, i.Description, true, i.Languages, i.Questions);

    internal static InstrumentView Of(Core.Surveys.Instruments.WorkspaceInstrument i) =>
        new(i.Id.ToString(), i.Id, i.Name, i.Description, false, i.Languages, i.Questions);
}

public sealed record QuestionBankView(Guid Id, Question Question, IReadOnlyList<string> Tags, IReadOnlyList<string> Languages, DateTimeOffset CreatedAt)
{
    internal static QuestionBankView Of(Core.Surveys.Instruments.QuestionBankItem i) => new(i.Id, i.Question, i.Tags, i.Languages, i.CreatedAt);
}
