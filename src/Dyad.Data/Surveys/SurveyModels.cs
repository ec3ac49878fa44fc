using Dyad.Core.Surveys;

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
/// The scores a survey's instrument defines, over all its responses; the others are null. A survey of the
/// workspace's own questions has only its response count until it names an instrument.
/// </summary>
public sealed record SurveyAnalysis(
    Guid SurveyId, string? Instrument, int Responses, NpsResult? Nps, CsatResult? Csat, CesResult? Ces, ServqualResult? Servqual);

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
