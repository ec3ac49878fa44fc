namespace Dyad.Data.Alerts;

/// <summary>A new alert, as those who act on it need to know it.</summary>
public sealed record AlertFired(
    Guid AlertId,
    Guid WorkspaceId,
    Guid AccountId,
    string AccountName,
    Guid? AccountOwnerId,
    string RuleKey,
    string RuleName,
    string Reason,
    DateTimeOffset FiredAt);

/// <summary>
/// Told about each alert once, after it was stored: the in-app notification of the account owner is one; opening an
/// action or calling a webhook can be others. Register with <c>services.AddScoped&lt;IAlertObserver, ...&gt;()</c>.
/// Observers run in turn inside the evaluating workspace; one that throws is logged and the others still run, as the
/// alert is stored either way.
/// </summary>
public interface IAlertObserver
{
    Task AlertFiredAsync(AlertFired fired, CancellationToken cancellationToken);
}
