using Dyad.Core.Common;

namespace Dyad.Core.Surveys;

/// <param name="Language">The language the respondent answered in; the survey's first language when not given.</param>
/// <param name="IdempotencyKey">
/// Chosen by the client; a second submission with the same key returns the first response instead of storing another.
/// </param>
/// <param name="InvitationId">The invitation whose link the response came through, if any.</param>
/// <param name="Context">Where in the journey the survey was asked.</param>
public sealed record NewSurveyResponse(
    IReadOnlyDictionary<string, Answer>? Answers,
    Guid? AccountId = null,
    Guid? StakeholderId = null,
    string? Language = null,
    string? IdempotencyKey = null,
    Guid? InvitationId = null,
    SurveyContext? Context = null)
{
    public const int IdempotencyKeyMaxLength = 200;
}

/// <summary>One respondent's answers to a survey, kept as given (only answered questions).</summary>
public sealed class SurveyResponse : IWorkspaceOwned
{
    private SurveyResponse() { }

    internal SurveyResponse(Survey survey, NewSurveyResponse response, string language, IReadOnlyDictionary<string, Answer> answers,
        DateTimeOffset submittedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = survey.WorkspaceId;
        SurveyId = survey.Id;
        AccountId = response.AccountId;
        StakeholderId = response.StakeholderId;
        Language = language;
        Answers = answers;
        IdempotencyKey = Blank.ToNull(response.IdempotencyKey);
        InvitationId = response.InvitationId;
        Context = response.Context ?? SurveyContext.None;
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid SurveyId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? StakeholderId { get; private set; }
    public string Language { get; private set; } = "";
    public IReadOnlyDictionary<string, Answer> Answers { get; private set; } = new Dictionary<string, Answer>();
    public string? IdempotencyKey { get; private set; }
    public Guid? InvitationId { get; private set; }
    public SurveyContext Context { get; private set; } = SurveyContext.None;
    public DateTimeOffset SubmittedAt { get; private set; }
}
