using Dyad.Core.Common;

namespace Dyad.Core.Initiatives;

/// <summary>
/// Which part of the customer journey an initiative works on: a journey template, optionally narrowed to some of its
/// phases, to touchpoints of its designed map (by key) and to some accounts. Empty lists mean all.
/// </summary>
public sealed record InitiativeScope(Guid? TemplateId = null, IReadOnlyList<int>? Phases = null, IReadOnlyList<Guid>? TouchpointKeys = null,
    IReadOnlyList<Guid>? AccountIds = null)
{
    public static readonly InitiativeScope Everything = new();

    public IReadOnlyList<int> PhaseList => Phases ?? [];
    public IReadOnlyList<Guid> TouchpointKeyList => TouchpointKeys ?? [];
    public IReadOnlyList<Guid> AccountIdList => AccountIds ?? [];

    internal InitiativeScope Normalized() =>
        new(TemplateId, PhaseList.Distinct().Order().ToList(), TouchpointKeyList.Distinct().ToList(), AccountIdList.Distinct().ToList());
}

/// <summary>What a user sets on an initiative; the stages follow from its kind.</summary>
public sealed record InitiativeDetails(
    InitiativeKind Kind,
    string Title,
    string? Description = null,
    InitiativeScope? Scope = null,
    IReadOnlyList<Guid>? TargetExperienceIds = null,
    MeasurementPlan? Measurement = null)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Defined(nameof(Kind), Kind, "Kind")
            .Require(nameof(Title), Title, TitleMaxLength, "Title")
            .MaxLength(nameof(Description), Description, DescriptionMaxLength, "Description");
        if (Scope is { } scope && scope.TemplateId is null && (scope.PhaseList.Count > 0 || scope.TouchpointKeyList.Count > 0))
        {
            errors.Add("Scope.TemplateId", "Phases and touchpoints are chosen within a journey template; choose the template first.");
        }
        if (Measurement is { } measurement)
        {
            foreach (var (field, messages) in measurement.Validate().ToDictionary())
            {
                messages.ToList().ForEach(m => errors.Add($"{nameof(Measurement)}.{field}", m));
            }
        }
        return errors;
    }
}

/// <summary>
/// One turn of an improvement cycle (002): the responsive cycle from pain points to re-measuring, or the proactive one
/// from target experiences to TX-specific metrics, with an owner, a due date and completion per stage, the quarter it
/// was prioritised in and how it is measured before and after.
/// </summary>
public sealed class Initiative : IWorkspaceOwned
{
    public const int OwnerMaxLength = 120;
    public const int NoteMaxLength = 2000;

    private Initiative() { }

    public Initiative(Guid workspaceId, InitiativeDetails details, string createdBy, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Kind = details.Kind;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public InitiativeKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public InitiativeScope Scope { get; private set; } = InitiativeScope.Everything;
    public IReadOnlyList<StageProgress> Stages { get; private set; } = [];

    /// <summary>The quarter this was chosen as one of the few areas to work on, "2026-Q4"; null until prioritised.</summary>
    public string? PrioritisedIn { get; private set; }

    /// <summary>The target experiences the initiative serves, by id.</summary>
    public IReadOnlyList<Guid> TargetExperienceIds { get; private set; } = [];

    public MeasurementPlan? Measurement { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first stage not yet completed; null once the cycle is through.</summary>
    public InitiativeStage? CurrentStage => Stages.FirstOrDefault(s => !s.Completed)?.Stage;

    public void Update(InitiativeDetails details)
    {
        var errors = details.Validate();
        if (details.Kind != Kind)
        {
            errors.Add(nameof(Kind), "An initiative keeps its cycle; start a new initiative for the other one.");
        }
        errors.ThrowIfAny();
        Title = details.Title.Trim();
        Description = Blank.ToNull(details.Description);
        Scope = (details.Scope ?? InitiativeScope.Everything).Normalized();
        TargetExperienceIds = (details.TargetExperienceIds ?? []).Distinct().ToList();
        Measurement = details.Measurement is { } m ? m with { QuestionKeys = (m.QuestionKeys ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList() } : null;
        if (Stages.Count == 0)
        {
            Stages = InitiativeStages.Of(Kind).Select(s => new StageProgress(s)).ToList();
        }
    }

    /// <summary>Sets a stage's owner, due date and note; completing it records who and when, reopening clears that.</summary>
    public void SetStage(InitiativeStage stage, string? owner, DateOnly? due, string? note, bool completed, string by, DateTimeOffset at)
    {
        var index = Stages.ToList().FindIndex(s => s.Stage == stage);
        if (index < 0)
        {
            throw DomainValidationException.For(nameof(Stages), $"A {Kind.ToLabel()} initiative has no stage '{stage.Label()}'.");
        }
        new FieldErrors()
            .MaxLength("Owner", owner, OwnerMaxLength, "Owner")
            .MaxLength("Note", note, NoteMaxLength, "Note")
            .ThrowIfAny();
        var was = Stages[index];
        var updated = was with
        {
            Owner = Blank.ToNull(owner),
            Due = due,
            Note = Blank.ToNull(note),
            CompletedAt = completed ? was.CompletedAt ?? at : null,
            CompletedBy = completed ? was.CompletedBy ?? by : null,
        };
        Stages = Stages.Select((s, i) => i == index ? updated : s).ToList();
    }

    /// <summary>
    /// Chooses the quarter the initiative is one of the few areas worked on (002: three a quarter), or clears it.
    /// </summary>
    /// <param name="othersInQuarter">The titles of the other initiatives already prioritised in that quarter.</param>
    public void Prioritise(Quarter? quarter, IReadOnlyCollection<string> othersInQuarter, int limit)
    {
        if (quarter is { } q && othersInQuarter.Count >= limit)
        {
            throw DomainValidationException.For(nameof(PrioritisedIn),
                $"{q} already has {othersInQuarter.Count} prioritised areas ({string.Join(", ", othersInQuarter.Order(StringComparer.Ordinal))}); " +
                $"a quarter takes at most {limit}. Move one of them to another quarter first.");
        }
        PrioritisedIn = quarter?.ToString();
    }
}
