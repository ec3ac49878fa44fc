using System.Text.Json;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Surveys;

/// <summary>A survey is designed as a draft, takes responses while open, and takes none once closed; it never goes back.</summary>
public enum SurveyStatus
{
    Draft,
    Open,
    Closed,
}

/// <summary>
/// What a workspace sets on a survey. Give an <paramref name="Instrument"/> key to ask a built-in instrument, or
/// <paramref name="Questions"/> of your own, not both.
/// </summary>
public sealed record SurveyDetails(
    string Name,
    string? Instrument = null,
    IReadOnlyList<Question>? Questions = null,
    IReadOnlyList<string>? Languages = null,
    bool AllowAnonymous = false,
    SurveyStatus Status = SurveyStatus.Draft)
{
    public const int NameMaxLength = 200;
    public const int LanguageMaxLength = SurveyLanguages.CodeMaxLength;
}

/// <summary>A questionnaire a workspace asks its customers, with its questions kept as asked.</summary>
public sealed class Survey : IWorkspaceOwned
{
    private Survey() { }

    public Survey(Guid workspaceId, SurveyDetails details, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        Status = SurveyStatus.Draft;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The built-in instrument the questions come from, or null for a survey of the workspace's own questions.</summary>
    public string? Instrument { get; private set; }

    public IReadOnlyList<Question> Questions { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public SurveyStatus Status { get; private set; }
    public bool AllowAnonymous { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Replaces the survey's settings. Questions change only in a draft: once responses may exist, changing what
    /// was asked would make earlier answers mean something else.
    /// </summary>
    public void Update(SurveyDetails details)
    {
        var errors = new FieldErrors().Require(nameof(details.Name), details.Name, SurveyDetails.NameMaxLength, "Name");
        errors.Defined(nameof(details.Status), details.Status, "Status");
        var instrument = details.Instrument is null ? null : BuiltInInstruments.Find(details.Instrument);
        if (details.Instrument is not null && instrument is null)
        {
            errors.Add(nameof(details.Instrument), $"Choose one of the instruments: {string.Join(", ", BuiltInInstruments.All.Select(i => i.Key))}.");
        }
        if (details.Instrument is not null && details.Questions is not null)
        {
            errors.Add(nameof(details.Questions), "Give an instrument or questions of your own, not both.");
        }
        if (details.Instrument is null && details.Questions is null)
        {
            errors.Add(nameof(details.Questions), "Give an instrument or questions of your own.");
        }
        var languages = SurveyLanguages.Normalize(details.Languages);
        errors.Add(SurveyLanguages.Check(nameof(details.Languages), languages));
        var questions = instrument?.Questions ?? details.Questions ?? [];
        if (errors.IsEmpty)
        {
            // A blank draft is where the designer starts; a survey needs its questions only once it takes responses.
            errors.Add(Questionnaire.Check(questions, languages, allowEmpty: details.Status == SurveyStatus.Draft));
        }
        var questionsChange = Status != SurveyStatus.Draft
                              && (!string.Equals(instrument?.Key, Instrument, StringComparison.Ordinal) || (instrument is null && details.Questions is not null && !SameQuestions(questions)));
        if (questionsChange)
        {
            errors.Add(nameof(details.Questions), "The questions of a survey change only while it is a draft.");
        }
        if (details.Status < Status)
        {
            errors.Add(nameof(details.Status), $"A survey that is {Status.ToText()} cannot go back to {details.Status.ToText()}.");
        }
        errors.ThrowIfAny();

        Name = details.Name.Trim();
        Instrument = instrument?.Key;
        Questions = questions;
        Languages = languages;
        AllowAnonymous = details.AllowAnonymous;
        Status = details.Status;
    }

    /// <summary>
    /// A response to this survey, or a validation failure naming each offending answer. Only an open survey takes
    /// responses; one without account or stakeholder only when the survey allows anonymous answers.
    /// </summary>
    public SurveyResponse Respond(NewSurveyResponse response, DateTimeOffset submittedAt)
    {
        var errors = new FieldErrors();
        if (Status != SurveyStatus.Open)
        {
            errors.Add(nameof(Status), $"The survey is {Status.ToText()}; it takes responses only while open.");
        }
        var language = (response.Language ?? Languages[0]).Trim().ToLowerInvariant();
        if (!Languages.Contains(language))
        {
            errors.Add(nameof(response.Language), $"The survey is in {string.Join(", ", Languages)}.");
        }
        if (!AllowAnonymous && response.AccountId is null && response.StakeholderId is null)
        {
            errors.Add(nameof(response.AccountId), "This survey takes no anonymous responses; name the account or stakeholder.");
        }
        if (response.IdempotencyKey is { Length: > NewSurveyResponse.IdempotencyKeyMaxLength })
        {
            errors.Add(nameof(response.IdempotencyKey), $"An idempotency key is at most {NewSurveyResponse.IdempotencyKeyMaxLength} characters.");
        }
        var answers = response.Answers ?? new Dictionary<string, Answer>();
        errors.Add(AnswerValidator.Validate(Questions, answers));
        if (Instrument == BuiltInInstruments.ServqualKey && ServqualAnswers.WeightsProblem(answers) is { } weights)
        {
            errors.Add(ServqualAnswers.WeightsField, weights);
        }
        errors.ThrowIfAny();
        return new SurveyResponse(this, response, language, answers.Where(a => !a.Value.IsEmpty).ToDictionary(), submittedAt);
    }

    /// <summary>Compared as JSON because questions hold dictionaries and lists, which records compare by reference.</summary>
    private bool SameQuestions(IReadOnlyList<Question> questions) =>
        JsonSerializer.Serialize(questions) == JsonSerializer.Serialize(Questions);
}
