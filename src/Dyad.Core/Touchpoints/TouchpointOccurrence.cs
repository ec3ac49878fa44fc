using Dyad.Core.Accounts;
using Dyad.Core.Common;

namespace Dyad.Core.Touchpoints;

/// <summary>What is recorded when a touchpoint happened: when, an optional note, and who of the customer took part.</summary>
public sealed record OccurrenceDetails(DateTimeOffset OccurredAt, string? Note = null, IReadOnlyList<Guid>? StakeholderIds = null)
{
    public const int NoteMaxLength = 2000;
}

/// <summary>
/// One time a planned touchpoint actually happened (a kick-off meeting held, a document delivered). Occurrences are what
/// survey triggers fire on; they are many, so the journey and account are kept on the row for direct queries.
/// </summary>
public sealed class TouchpointOccurrence : IWorkspaceOwned
{
    private TouchpointOccurrence() { }

    /// <param name="accountStakeholders">The stakeholders of the journey's account; the people involved must be among them.</param>
    public TouchpointOccurrence(Touchpoint touchpoint, Guid accountId, IReadOnlyCollection<Stakeholder> accountStakeholders,
        OccurrenceDetails details, DateTimeOffset recordedAt)
    {
        var errors = new FieldErrors().MaxLength(nameof(details.Note), details.Note, OccurrenceDetails.NoteMaxLength, "Note");
        var involved = (details.StakeholderIds ?? []).Distinct().ToArray();
        if (involved.Any(id => accountStakeholders.All(s => s.Id != id)))
        {
            errors.Add(nameof(details.StakeholderIds), "The people involved must be stakeholders of the journey's account.");
        }
        if (details.OccurredAt > recordedAt.AddDays(1))
        {
            errors.Add(nameof(details.OccurredAt), "An occurrence is recorded once it has happened.");
        }
        errors.ThrowIfAny();
        Id = Guid.NewGuid();
        WorkspaceId = touchpoint.WorkspaceId;
        TouchpointId = touchpoint.Id;
        JourneyId = touchpoint.JourneyId;
        AccountId = accountId;
        OccurredAt = details.OccurredAt;
        RecordedAt = recordedAt;
        Note = Blank.ToNull(details.Note);
        StakeholderIds = involved;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid TouchpointId { get; private set; }
    public Guid JourneyId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? Note { get; private set; }
    public Guid[] StakeholderIds { get; private set; } = [];
}
