using Dyad.Core.Common;

namespace Dyad.Core.Alerts;

/// <summary>A workspace's choice for one rule: on or off, and its threshold. A rule without a stored setting runs with its defaults.</summary>
public sealed class AlertRuleSetting : IWorkspaceOwned
{
    private AlertRuleSetting() { }

    public AlertRuleSetting(Guid workspaceId, AlertRule rule)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        RuleKey = rule.Key;
        Enabled = true;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string RuleKey { get; private set; } = "";
    public bool Enabled { get; private set; }

    /// <summary>Empty means the rule's default.</summary>
    public decimal? Threshold { get; private set; }

    public void Change(AlertRule rule, bool enabled, decimal? threshold)
    {
        if (threshold is { } value)
        {
            if (rule.Threshold is not { } bounds)
            {
                throw DomainValidationException.For(nameof(Threshold), $"The rule '{rule.Name}' has no threshold to set.");
            }
            if (value < bounds.Min || value > bounds.Max)
            {
                throw DomainValidationException.For(nameof(Threshold),
                    $"{bounds.Label} must be between {bounds.Min:0.##} and {bounds.Max:0.##} {bounds.Unit}.");
            }
        }
        Enabled = enabled;
        Threshold = threshold;
    }

    /// <summary>The threshold the rule runs with.</summary>
    public static decimal Effective(AlertRule rule, AlertRuleSetting? setting) => setting?.Threshold ?? rule.Threshold?.Default ?? 0;
}
