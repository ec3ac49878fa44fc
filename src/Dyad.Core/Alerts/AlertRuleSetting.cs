using Dyad.Core.Actions;
using Dyad.Core.Common;

namespace Dyad.Core.Alerts;

/// <summary>A workspace's choice for one rule: on or off, and its threshold. A rule without a stored setting runs with its defaults.</summary>
public sealed class AlertRuleSetting : IWorkspaceOwned
{
    public const int DefaultActionDueDays = 7;
    public const int MaxActionDueDays = 90;

    private AlertRuleSetting() { }

    public AlertRuleSetting(Guid workspaceId, AlertRule rule)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        RuleKey = rule.Key;
        Enabled = true;
        ActionType = ActionType.Risk;
        ActionDueDays = DefaultActionDueDays;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string RuleKey { get; private set; } = "";
    public bool Enabled { get; private set; }

    /// <summary>Empty means the rule's default.</summary>
    public decimal? Threshold { get; private set; }

    /// <summary>Whether a new alert of the rule opens an action item for the account owner (Gainsight's CTA from a rule).</summary>
    public bool OpensAction { get; private set; }

    public ActionType ActionType { get; private set; }

    /// <summary>The opened action is due this many days after the alert fired.</summary>
    public int ActionDueDays { get; private set; }

    /// <param name="opensAction">Whether a new alert opens an action of <paramref name="actionType"/> due in <paramref name="actionDueDays"/>.</param>
    public void Change(AlertRule rule, bool enabled, decimal? threshold, bool opensAction = false, ActionType actionType = ActionType.Risk,
        int actionDueDays = DefaultActionDueDays)
    {
        var errors = new FieldErrors().Defined(nameof(ActionType), actionType, "The action type");
        if (threshold is { } value)
        {
            if (rule.Threshold is not { } bounds)
            {
                errors.Add(nameof(Threshold), $"The rule '{rule.Name}' has no threshold to set.");
            }
            else if (value < bounds.Min || value > bounds.Max)
            {
                errors.Add(nameof(Threshold), $"{bounds.Label} must be between {bounds.Min:0.##} and {bounds.Max:0.##} {bounds.Unit}.");
            }
        }
        if (actionDueDays is < 1 or > MaxActionDueDays)
        {
            errors.Add(nameof(ActionDueDays), $"An action opened by an alert is due in 1 to {MaxActionDueDays} days.");
        }
        errors.ThrowIfAny();
        Enabled = enabled;
        Threshold = threshold;
        OpensAction = opensAction;
        ActionType = actionType;
        ActionDueDays = actionDueDays;
    }

    /// <summary>The threshold the rule runs with.</summary>
    public static decimal Effective(AlertRule rule, AlertRuleSetting? setting) => setting?.Threshold ?? rule.Threshold?.Default ?? 0;
}
