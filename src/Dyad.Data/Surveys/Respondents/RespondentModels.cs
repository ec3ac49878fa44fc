using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Workspaces;

namespace Dyad.Data.Surveys.Respondents;

/// <summary>
/// What the respondent page needs to show a survey: its questions and languages, who answers (for questions meant for
/// an audience; null when anonymous), the provider's branding and the answers saved so far.
/// </summary>
public sealed record RespondentSurvey(
    Guid SurveyId, string Name, IReadOnlyList<Question> Questions, IReadOnlyList<string> Languages, string? InvitedLanguage,
    Respondent? Respondent, BrandingView Branding, IReadOnlyDictionary<string, Answer> Draft);

/// <summary>A link as its respondent opens it: the survey, and why it cannot be answered (null when it can).</summary>
public sealed record RespondentLink(RespondentSurvey Survey, InvitationUnusable? Unusable, DateTimeOffset? AnsweredAt);

/// <summary>
/// The outcome of submitting through a link: the response stored by this call (<paramref name="Created"/>) or an
/// earlier one, or why the link took nothing.
/// </summary>
public sealed record RespondentSubmission(InvitationUnusable? Unusable, DateTimeOffset? AnsweredAt, Guid? ResponseId, bool Created);
