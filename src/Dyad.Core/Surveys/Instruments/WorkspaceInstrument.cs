using Dyad.Core.Common;

namespace Dyad.Core.Surveys.Instruments;

/// <summary>What a workspace sets on an instrument of its own: a named, reusable set of questions in its languages.</summary>
public sealed record InstrumentDetails(string Name, string? Description, IReadOnlyList<Question>? Questions, IReadOnlyList<string>? Languages)
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 1000;
}

/// <summary>
/// An instrument a workspace built itself (its own TX items, a company dimension such as co-operation). A survey
/// created from it gets a copy of its questions, so changing the instrument later never changes what a survey asked.
/// </summary>
public sealed class WorkspaceInstrument : IWorkspaceOwned
{
    private WorkspaceInstrument() { }

    public WorkspaceInstrument(Guid workspaceId, InstrumentDetails details, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<Question> Questions { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(InstrumentDetails details)
    {
        var errors = new FieldErrors()
            .Require(nameof(details.Name), details.Name, InstrumentDetails.NameMaxLength, "Name")
            .MaxLength(nameof(details.Description), details.Description, InstrumentDetails.DescriptionMaxLength, "Description");
        if (BuiltInInstruments.Find(details.Name?.Trim() ?? "") is not null
            || BuiltInInstruments.All.Any(i => string.Equals(i.Name, details.Name?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(nameof(details.Name), "A built-in instrument has this name; choose another.");
        }
        var languages = SurveyLanguages.Normalize(details.Languages);
        errors.Add(SurveyLanguages.Check(nameof(details.Languages), languages));
        var questions = details.Questions ?? [];
        if (errors.IsEmpty)
        {
            errors.Add(Questionnaire.Check(questions, languages));
        }
        errors.ThrowIfAny();

        Name = details.Name!.Trim();
        Description = Blank.ToNull(details.Description);
        Questions = questions;
        Languages = languages;
    }
}
