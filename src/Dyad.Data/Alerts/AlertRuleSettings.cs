using Dyad.Core.Actions;
using Dyad.Core.Alerts;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

public sealed record RuleSettingView(
    string Key,
    string Name,
    string Description,
    AlertGroup Group,
    bool Enabled,
    RuleThreshold? Threshold,
    decimal? ThresholdValue,
    bool OpensAction = false,
    ActionType ActionType = ActionType.Risk,
    int ActionDueDays = AlertRuleSetting.DefaultActionDueDays);

/// <param name="OpensAction">Whether each new alert of the rule opens an action of <paramref name="ActionType"/> for the account owner.</param>
public sealed record RuleSettingChange(bool Enabled, decimal? Threshold, bool OpensAction = false, ActionType ActionType = ActionType.Risk,
    int ActionDueDays = AlertRuleSetting.DefaultActionDueDays);

/// <summary>The workspace's rules with their settings; a rule nobody configured runs on, with its defaults.</summary>
public sealed class AlertRuleSettings(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<IReadOnlyList<RuleSettingView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.AlertRuleSettings.AsNoTracking().ToDictionaryAsync(s => s.RuleKey, cancellationToken);
        return AlertRules.All.Select(r => View(r, stored.GetValueOrDefault(r.Key))).ToList();
    }

    /// <returns>Null when no rule has the key.</returns>
    public async Task<RuleSettingView?> ChangeAsync(string key, RuleSettingChange change, CancellationToken cancellationToken = default)
    {
        if (AlertRules.Find(key) is not { } rule)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var setting = await db.AlertRuleSettings.SingleOrDefaultAsync(s => s.RuleKey == key, cancellationToken);
        if (setting is null)
        {
            setting = new AlertRuleSetting(db.Scope.Required, rule);
            db.AlertRuleSettings.Add(setting);
        }
        setting.Change(rule, change.Enabled, change.Threshold, change.OpensAction, change.ActionType, change.ActionDueDays);
        await db.SaveOrConflictAsync("Someone changed this rule at the same moment; reload and try again.", cancellationToken);
        return View(rule, setting);
    }

    private static RuleSettingView View(AlertRule rule, AlertRuleSetting? setting) =>
        new(rule.Key, rule.Name, rule.Description, rule.Group, setting?.Enabled ?? true, rule.Threshold,
            rule.Threshold is null ? null : AlertRuleSetting.Effective(rule, setting), setting?.OpensAction ?? false,
            setting?.ActionType ?? ActionType.Risk, setting?.ActionDueDays ?? AlertRuleSetting.DefaultActionDueDays);
}
