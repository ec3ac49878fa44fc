using Dyad.Core.Notifications;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

/// <summary>Tells the account owner in the app that an alert fired on their account.</summary>
public sealed class OwnerNotifier(IDbContextFactory<DyadDbContext> contexts) : IAlertObserver
{
    public async Task AlertFiredAsync(AlertFired fired, CancellationToken cancellationToken)
    {
        if (fired.AccountOwnerId is not { } owner)
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Notifications.Add(new Notification(fired.WorkspaceId, owner, $"alert:{fired.AlertId}",
            $"{fired.RuleName} on {fired.AccountName}: {fired.Reason}", $"/alerts?account={fired.AccountId}", fired.FiredAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // Already told about this very alert.
        }
    }
}
