using Dyad.Core.Accounts;
using Dyad.Core.Common;

namespace Dyad.Core.Feedback.Notes;

/// <summary>Where an employee note comes from: the 004 focus groups and workshops, account reviews, or anything else.</summary>
public enum EmployeeNoteKind
{
    FocusGroup,
    Workshop,
    AccountReview,
    Other,
}

/// <summary>
/// What an employee note says and where it belongs. <see cref="StakeholderRole"/> is the customer role the note speaks
/// about; <see cref="Phase"/> the journey phase (1 is the first) and <see cref="TouchpointId"/> the touchpoint it concerns.
/// </summary>
public sealed record EmployeeNoteDetails(
    string? Text,
    EmployeeNoteKind Kind,
    string? Author,
    DateOnly Date,
    Guid? AccountId = null,
    BuyingCentreRole? StakeholderRole = null,
    int? Phase = null,
    Guid? TouchpointId = null)
{
    public const int TextMaxLength = 4000;
    public const int AuthorMaxLength = 200;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Text), Text, TextMaxLength, "Text")
            .Require(nameof(Author), Author, AuthorMaxLength, "Author")
            .Defined(nameof(Kind), Kind, "Kind");
        if (StakeholderRole is { } role)
        {
            errors.Defined(nameof(StakeholderRole), role, "Stakeholder role");
        }
        if (Phase is < 1)
        {
            errors.Add(nameof(Phase), "Phase must be 1 or more: the journey's first phase is 1.");
        }
        if (Date == default)
        {
            errors.Add(nameof(Date), "Date is required.");
        }
        return errors;
    }
}

/// <summary>
/// What employees believe about the customers' experience, written down in a focus group, a workshop or an account
/// review (004). Notes are coded with the same codebooks as the customers' answers, so the two can be compared: the
/// market information gap.
/// </summary>
public sealed class EmployeeNote : IWorkspaceOwned
{
    private EmployeeNote() { }

    public EmployeeNote(Guid workspaceId, EmployeeNoteDetails details, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Text { get; private set; } = "";
    public EmployeeNoteKind Kind { get; private set; }
    public string Author { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public Guid? AccountId { get; private set; }
    public BuyingCentreRole? StakeholderRole { get; private set; }
    public int? Phase { get; private set; }
    public Guid? TouchpointId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(EmployeeNoteDetails details)
    {
        details.Validate().ThrowIfAny();
        Text = details.Text!.Trim();
        Kind = details.Kind;
        Author = details.Author!.Trim();
        Date = details.Date;
        AccountId = details.AccountId;
        StakeholderRole = details.StakeholderRole;
        Phase = details.Phase;
        TouchpointId = details.TouchpointId;
    }
}
