using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Alerts.Communications;

/// <summary>
/// Everything a user logs about one interaction. Which fields apply depends on <see cref="Kind"/>; the others are ignored.
/// </summary>
/// <param name="StakeholderId">
/// Who asked (question), to whom it was promised (commitment), who disputed it (contradiction), who said no.
/// </param>
/// <param name="CommitmentId">The commitment a contradiction disputes.</param>
/// <param name="IsExtra">A commitment to something beyond the deal at no charge, the "free extras" of 003 (C3).</param>
/// <param name="PlannedAttendee">Who of the provider should have attended a meeting.</param>
/// <param name="ActualAttendee">Who did, when someone else stood in.</param>
/// <param name="HandoverRecorded">Whether the stand-in was handed the context before the meeting.</param>
/// <param name="Amount">The cost change, in the account's currency.</param>
public sealed record CommunicationDetails(
    CommunicationKind Kind,
    DateTimeOffset OccurredAt,
    string Summary,
    Guid? StakeholderId = null,
    Channel? Channel = null,
    DateTimeOffset? AnsweredAt = null,
    string? AnsweredBy = null,
    Guid? CommitmentId = null,
    bool IsExtra = false,
    bool IsKeyMeeting = false,
    string? PlannedAttendee = null,
    string? ActualAttendee = null,
    bool HandoverRecorded = false,
    decimal? Amount = null)
{
    public const int SummaryMaxLength = 1000;
    public const int PersonMaxLength = 120;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Defined(nameof(Kind), Kind, "Kind")
            .Require(nameof(Summary), Summary, SummaryMaxLength, "Summary")
            .MaxLength(nameof(AnsweredBy), AnsweredBy, PersonMaxLength, "Answered by")
            .MaxLength(nameof(PlannedAttendee), PlannedAttendee, PersonMaxLength, "Planned attendee")
            .MaxLength(nameof(ActualAttendee), ActualAttendee, PersonMaxLength, "Actual attendee");
        if (Kind is CommunicationKind.Question or CommunicationKind.Commitment or CommunicationKind.Contradiction
                or CommunicationKind.CustomerNo && StakeholderId is null)
        {
            errors.Add(nameof(StakeholderId), $"Name the stakeholder: a {Kind.ToLabel()} is logged with the person concerned.");
        }
        if (Channel is { } channel)
        {
            errors.Defined(nameof(Channel), channel, "Channel");
        }
        if (Kind == CommunicationKind.Question && AnsweredAt is { } answered)
        {
            if (answered < OccurredAt)
            {
                errors.Add(nameof(AnsweredAt), "A question is answered after it was asked.");
            }
            if (string.IsNullOrWhiteSpace(AnsweredBy))
            {
                errors.Add(nameof(AnsweredBy), "Say who answered the question.");
            }
        }
        if (Kind == CommunicationKind.Contradiction && CommitmentId is null)
        {
            errors.Add(nameof(CommitmentId), "Choose the commitment the stakeholder disputes.");
        }
        if (Kind == CommunicationKind.Meeting && IsKeyMeeting && string.IsNullOrWhiteSpace(PlannedAttendee))
        {
            errors.Add(nameof(PlannedAttendee), "Name who should attend a key meeting for us.");
        }
        if (Kind == CommunicationKind.CostChange && Amount is null or 0)
        {
            errors.Add(nameof(Amount), "A cost change needs its amount.");
        }
        return errors;
    }
}
