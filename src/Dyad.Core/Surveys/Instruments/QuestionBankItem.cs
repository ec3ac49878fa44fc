using Dyad.Core.Common;

namespace Dyad.Core.Surveys.Instruments;

/// <summary>A question to keep in the workspace's bank, with tags to find it by (topic, phase, role).</summary>
public sealed record QuestionBankDetails(Question Question, IReadOnlyList<string>? Tags = null)
{
    public const int TagMaxLength = 40;
    public const int MaxTags = 10;
}

/// <summary>
/// One reusable question. It stands alone, so it carries no skip logic (there is no earlier question to look
/// at); its languages are the ones its wording is in.
/// </summary>
public sealed class QuestionBankItem : IWorkspaceOwned
{
    public const string QuestionField = "question";

    private QuestionBankItem() { }

    public QuestionBankItem(Guid workspaceId, QuestionBankDetails details, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Question Question { get; private set; } = default!;
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(QuestionBankDetails details)
    {
        var errors = new FieldErrors();
        // The body is JSON, where the question may be missing whatever the C# type says.
        if (details.Question is null)
        {
            errors.Add(QuestionField, "Give the question to keep.");
            errors.ThrowIfAny();
        }
        var question = details.Question!;
        var languages = (question.Text ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .Select(t => t.Key.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (languages.Length == 0)
        {
            errors.Add(QuestionField, "The question needs wording in at least one language.");
        }
        errors.Add(SurveyLanguages.Check(QuestionField, languages));
        if (question.ShowWhen is not null)
        {
            errors.Add(QuestionField, "A banked question stands alone; it has no skip logic.");
        }
        else if (errors.IsEmpty)
        {
            // Questionnaire names the question by its index; a bank item has only this one.
            foreach (var (_, messages) in Questionnaire.Check([question], languages).ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add(QuestionField, message);
                }
            }
        }
        var tags = (details.Tags ?? []).Select(t => (t ?? "").Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToArray();
        if (tags.Any(t => t.Length > QuestionBankDetails.TagMaxLength))
        {
            errors.Add(nameof(details.Tags), $"A tag is at most {QuestionBankDetails.TagMaxLength} characters.");
        }
        if (tags.Length > QuestionBankDetails.MaxTags)
        {
            errors.Add(nameof(details.Tags), $"A question has at most {QuestionBankDetails.MaxTags} tags.");
        }
        errors.ThrowIfAny();

        Question = question;
        Tags = tags;
        Languages = languages;
    }
}
