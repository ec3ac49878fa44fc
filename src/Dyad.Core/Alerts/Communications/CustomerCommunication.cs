using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Alerts.Communications;

/// <summary>One logged interaction with a customer account: the data the warning-sign rules read.</summary>
public sealed class CustomerCommunication : IWorkspaceOwned
{
    private CustomerCommunication() { }

    /// <param name="stakeholders">The account's stakeholders; the person named must be one of them.</param>
    /// <param name="commitments">The account's logged commitments, one of which a contradiction disputes.</param>
    public CustomerCommunication(Account account, CommunicationDetails details, IReadOnlyCollection<Stakeholder> stakeholders,
        IReadOnlyCollection<CustomerCommunication> commitments, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = account.WorkspaceId;
        AccountId = account.Id;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Update(details, stakeholders, commitments);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public CommunicationKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Summary { get; private set; } = "";
    public Guid? StakeholderId { get; private set; }
    public Channel? Channel { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public Guid? CommitmentId { get; private set; }
    public bool IsExtra { get; private set; }
    public bool IsKeyMeeting { get; private set; }
    public string? PlannedAttendee { get; private set; }
    public string? ActualAttendee { get; private set; }
    public bool HandoverRecorded { get; private set; }
    public decimal? Amount { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Someone other than the planned attendee went to the meeting.</summary>
    public bool HadStandIn =>
        Kind == CommunicationKind.Meeting && PlannedAttendee is not null && ActualAttendee is not null
        && !string.Equals(PlannedAttendee, ActualAttendee, StringComparison.OrdinalIgnoreCase);

    public void Update(CommunicationDetails details, IReadOnlyCollection<Stakeholder> stakeholders,
        IReadOnlyCollection<CustomerCommunication> commitments)
    {
        var errors = details.Validate();
        if (details.StakeholderId is { } person && stakeholders.All(s => s.Id != person || s.AccountId != AccountId))
        {
            errors.Add(nameof(details.StakeholderId), "The stakeholder must belong to this account.");
        }
        if (details is { Kind: CommunicationKind.Contradiction, CommitmentId: { } disputed })
        {
            var commitment = commitments.FirstOrDefault(c => c.Id == disputed && c.AccountId == AccountId && c.Kind == CommunicationKind.Commitment);
            if (commitment is null)
            {
                errors.Add(nameof(details.CommitmentId), "The disputed commitment must be one logged on this account.");
            }
            else if (commitment.StakeholderId == details.StakeholderId)
            {
                errors.Add(nameof(details.StakeholderId), "A contradiction comes from another stakeholder than the one the commitment was made to.");
            }
        }
        errors.ThrowIfAny();
        var kind = details.Kind;
        Kind = kind;
        OccurredAt = details.OccurredAt;
        Summary = details.Summary.Trim();
        StakeholderId = details.StakeholderId;
        Channel = details.Channel;
        AnsweredAt = kind == CommunicationKind.Question ? details.AnsweredAt : null;
        AnsweredBy = kind == CommunicationKind.Question && details.AnsweredAt is not null ? Blank.ToNull(details.AnsweredBy) : null;
        CommitmentId = kind == CommunicationKind.Contradiction ? details.CommitmentId : null;
        IsExtra = kind == CommunicationKind.Commitment && details.IsExtra;
        IsKeyMeeting = kind == CommunicationKind.Meeting && details.IsKeyMeeting;
        PlannedAttendee = kind == CommunicationKind.Meeting ? Blank.ToNull(details.PlannedAttendee) : null;
        ActualAttendee = kind == CommunicationKind.Meeting ? Blank.ToNull(details.ActualAttendee) : null;
        HandoverRecorded = kind == CommunicationKind.Meeting && details.HandoverRecorded;
        Amount = kind == CommunicationKind.CostChange ? details.Amount : null;
    }

    /// <summary>A question answered where it was asked (the customer portal): the log follows, so the response-time rule sees it.</summary>
    public void RecordAnswer(string answeredBy, DateTimeOffset answeredAt)
    {
        if (Kind != CommunicationKind.Question)
        {
            throw new InvalidOperationException($"Communication {Id} is a {Kind}, not a question.");
        }
        AnsweredAt = answeredAt < OccurredAt ? OccurredAt : answeredAt;
        AnsweredBy = answeredBy.Length > CommunicationDetails.PersonMaxLength ? answeredBy[..CommunicationDetails.PersonMaxLength] : answeredBy;
    }

    public CommunicationDetails ToDetails() => new(Kind, OccurredAt, Summary, StakeholderId, Channel, AnsweredAt, AnsweredBy, CommitmentId,
        IsExtra, IsKeyMeeting, PlannedAttendee, ActualAttendee, HandoverRecorded, Amount);
}
