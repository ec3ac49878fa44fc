using Dyad.Core.Common;

namespace Dyad.Core.Actions;

/// <summary>One task of a playbook, due a number of days after the action opens (0: the same day).</summary>
public sealed record PlaybookStep(string Title, int DueDays)
{
    public const int MaxDueDays = 365;
}

/// <summary>What a user sets on a playbook.</summary>
public sealed record PlaybookDetails(string Name, ActionType ActionType, IReadOnlyList<PlaybookStep> Steps, bool IsDefault = false,
    string? Description = null)
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 1000;
    public const int MaxSteps = 30;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Name), Name, NameMaxLength, "The name")
            .MaxLength(nameof(Description), Description, DescriptionMaxLength, "The description")
            .Defined(nameof(ActionType), ActionType, "The action type");
        if (Steps is null || Steps.Count == 0)
        {
            errors.Add(nameof(Steps), "A playbook has at least one task.");
            return errors;
        }
        if (Steps.Count > MaxSteps)
        {
            errors.Add(nameof(Steps), $"A playbook has at most {MaxSteps} tasks.");
        }
        for (var i = 0; i < Steps.Count; i++)
        {
            errors.Require($"steps[{i}].title", Steps[i].Title, ActionTask.TitleMaxLength, "The task");
            if (Steps[i].DueDays is < 0 or > PlaybookStep.MaxDueDays)
            {
                errors.Add($"steps[{i}].dueDays", $"A task is due 0 to {PlaybookStep.MaxDueDays} days after the action opens.");
            }
        }
        return errors;
    }
}

/// <summary>
/// A workspace's template of tasks for one type of action (Gainsight's playbooks). The default playbook of a type is
/// applied to every new action of that type that names no other, including those a rule opens.
/// </summary>
public sealed class Playbook : IWorkspaceOwned
{
    private Playbook() { }

    public Playbook(Guid workspaceId, PlaybookDetails details, string? builtInKey = null)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        BuiltInKey = builtInKey;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public ActionType ActionType { get; private set; }
    public IReadOnlyList<PlaybookStep> Steps { get; private set; } = [];
    public bool IsDefault { get; private set; }

    /// <summary>Which built-in playbook this is a copy of, so the start-up check gives each workspace each one once.</summary>
    public string? BuiltInKey { get; private set; }

    /// <summary>The day the last task is due, counted from the action's opening.</summary>
    public int Span => Steps.Max(s => s.DueDays);

    public void Update(PlaybookDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        Description = Blank.ToNull(details.Description);
        ActionType = details.ActionType;
        Steps = details.Steps.Select(s => s with { Title = s.Title.Trim() }).ToList();
        IsDefault = details.IsDefault;
    }

    /// <summary>Another playbook became the default of this one's type.</summary>
    public void Undefault() => IsDefault = false;
}

/// <summary>The playbooks every workspace starts with, one default per action type, in our own words.</summary>
public static class BuiltInPlaybooks
{
    public const string DetractorKey = "detractor";

    public static readonly IReadOnlyList<(string Key, PlaybookDetails Details)> All =
    [
        (DetractorKey, new PlaybookDetails("Detractor recovery", ActionType.Risk,
        [
            // 004 proposes a 24-hour maximum response time to customers.
            new("Call the customer within 24 hours", 1),
            new("Find the root cause with the people involved", 3),
            new("Agree a fix with the customer", 7),
            new("Confirm with the customer that the fix worked", 14),
        ], IsDefault: true, "For an unhappy customer: a quick personal call, then cause, remedy and a check that it helped.")),
        ("promoter", new PlaybookDetails("Build on a promoter", ActionType.Opportunity,
        [
            new("Thank the customer and ask what made the difference", 2),
            new("Share what worked with the account team", 7),
            new("Propose a next step: a reference, a case study or an extension", 21),
        ], IsDefault: true, "For a happy customer: learn what worked and grow the relationship.")),
        ("follow-up", new PlaybookDetails("Follow up", ActionType.FollowUp,
        [
            new("Contact the customer", 2),
            new("Record what was agreed", 3),
        ], IsDefault: true)),
        ("improvement", new PlaybookDetails("Improvement cycle", ActionType.Improvement,
        [
            // 002's responsive cycle: root causes, prioritising a few areas, implementing, measuring again.
            new("Describe the pain point and its root cause", 7),
            new("Weigh it against this quarter's improvement areas", 14),
            new("Put the change in place", 45),
            new("Measure again with the customers who raised it", 90),
        ], IsDefault: true, "A pain point many customers share: find its cause, prioritise, change and re-measure.")),
    ];
}
