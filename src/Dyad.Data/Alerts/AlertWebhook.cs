using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Actions.Webhooks;

namespace Dyad.Data.Alerts;

/// <summary>Tells the workspace's webhook endpoints that want <c>alert.fired</c> about each new alert.</summary>
public sealed class AlertWebhook(WebhookPublisher publisher) : IAlertObserver
{
    public Task AlertFiredAsync(AlertFired fired, CancellationToken cancellationToken) =>
        publisher.PublishAsync(WebhookEventType.AlertFired, new
        {
            alertId = fired.AlertId,
            accountId = fired.AccountId,
            accountName = fired.AccountName,
            rule = fired.RuleKey,
            ruleName = fired.RuleName,
            reason = fired.Reason,
            firedAt = fired.FiredAt,
        }, cancellationToken);
}
