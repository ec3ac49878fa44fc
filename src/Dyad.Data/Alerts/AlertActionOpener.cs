using Dyad.Core.Actions;
using Dyad.Data.Actions;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

/// <summary>
/// Opens an action item for the account owner when a rule the workspace set to "opens an action" fires, linked back to
/// the alert, with the type's default playbook and the alert's reason. The alert is the action's source key, so an alert
/// opens one action however often it is told.
/// </summary>
public sealed class AlertActionOpener(IDbContextFactory<DyadDbContext> contexts) : IAlertObserver
{
    public const string CreatedBy = "Alert rule";

    public static string SourceKey(Guid alertId) => $"alert:{alertId}";

    public async Task AlertFiredAsync(AlertFired fired, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var setting = await db.AlertRuleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RuleKey == fired.RuleKey, cancellationToken);
        var key = SourceKey(fired.AlertId);
        if (setting is not { OpensAction: true } || await db.ActionItems.AnyAsync(a => a.SourceKey == key, cancellationToken))
        {
            return;
        }
        var playbook = await ActionCommands.PlaybookForAsync(db, null, setting.ActionType, cancellationToken);
        var title = $"{fired.RuleName} on {fired.AccountName}";
        var details = new ActionDetails(setting.ActionType, title.Length <= ActionDetails.TitleMaxLength ? title : title[..ActionDetails.TitleMaxLength],
            fired.AccountId, fired.FiredAt.AddDays(setting.ActionDueDays), ActionPriority.High, fired.AccountOwnerId,
            "Opened by the alert rule; resolve or dismiss the alert when the action is done.", new ActionLinks(AlertId: fired.AlertId));
        await ActionCommands.AddOnceAsync(db, new ActionItem(fired.WorkspaceId, details, fired.FiredAt, CreatedBy, playbook, fired.Reason, key),
            fired.FiredAt, cancellationToken);
    }
}
