using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;

namespace Dyad.Core.Portal;

/// <param name="PulseSurveyId">A survey whose short pulse goes to the account's portal users when the milestone is completed.</param>
public sealed record MilestoneDetails(int Phase, string Title, DateOnly? DueOn, Guid OwnerId, DateOnly? CompletedOn = null, Guid? PulseSurveyId = null)
{
    public const int TitleMaxLength = 200;
}

/// <summary>
/// A dated step of a journey the customer sees in the portal (004: the customer wants to know where the order stands).
/// Each has a provider owner, who keeps it up to date.
/// </summary>
public sealed class Milestone : IWorkspaceOwned
{
    private Milestone() { }

    public Milestone(Journey journey, JourneyTemplate template, MilestoneDetails details, string ownerName)
    {
        Id = Guid.NewGuid();
        WorkspaceId = journey.WorkspaceId;
        AccountId = journey.AccountId;
        JourneyId = journey.Id;
        Apply(template, details, ownerName);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid JourneyId { get; private set; }
    public int Phase { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly? DueOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public Guid OwnerId { get; private set; }
    public string OwnerName { get; private set; } = "";
    public Guid? PulseSurveyId { get; private set; }

    /// <summary>When the pulse survey went out; set once, so completing, reopening and completing again sends one.</summary>
    public DateTimeOffset? PulseSentAt { get; private set; }

    public bool IsDone => CompletedOn is not null;

    /// <summary>The owner keeps their step up to date; account managers and above may change anyone's.</summary>
    public static bool MayChange(Guid? ownerId, Guid userId, DyadRole role) =>
        role.Allows(Permission.ManageAccounts) || (ownerId == userId && role.Allows(Permission.Contribute));

    /// <returns>True when this update completed the milestone (it was open before).</returns>
    public bool Update(JourneyTemplate template, MilestoneDetails details, string ownerName)
    {
        var wasDone = IsDone;
        Apply(template, details, ownerName);
        return !wasDone && IsDone;
    }

    /// <returns>True the first time only: the pulse for this milestone goes out once.</returns>
    public bool MarkPulseSent(DateTimeOffset at)
    {
        if (PulseSentAt is not null || PulseSurveyId is null)
        {
            return false;
        }
        PulseSentAt = at;
        return true;
    }

    private void Apply(JourneyTemplate template, MilestoneDetails details, string ownerName)
    {
        var errors = new FieldErrors().Require(nameof(details.Title), details.Title, MilestoneDetails.TitleMaxLength, "Title");
        if (!template.HasPhase(details.Phase))
        {
            errors.Add(nameof(details.Phase), $"The journey's template '{template.Name}' has no phase {details.Phase}.");
        }
        if (details.OwnerId == Guid.Empty)
        {
            errors.Add(nameof(details.OwnerId), "Name who owns this step.");
        }
        errors.ThrowIfAny();
        Phase = details.Phase;
        Title = details.Title.Trim();
        DueOn = details.DueOn;
        CompletedOn = details.CompletedOn;
        OwnerId = details.OwnerId;
        OwnerName = ownerName;
        PulseSurveyId = details.PulseSurveyId;
    }
}
