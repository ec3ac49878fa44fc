using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dyad.Data.Audit;

/// <summary>
/// Adds an audit entry for every row a save writes, to that same save, so the change and its record commit or fail together.
/// A failed save takes its entries back out, so a retry on the same context does not record the failure as done. One
/// instance serves every context of a scope, so it keeps no state of its own.
/// </summary>
internal sealed class AuditInterceptor(AuditContext audit, WorkspaceScope scope, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Withdraw(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Entries for rows a set-based write changed, each read before and (unless deleted) after it.</summary>
    public IReadOnlyList<AuditEntry> ForRows(IEntityType type, IEnumerable<(object Before, object? After)> rows)
    {
        var now = clock.GetUtcNow();
        return rows.Select(r => AuditTrail.ForRow(type, r.Before, r.After, audit.Actor, scope.WorkspaceId, now)).OfType<AuditEntry>().ToList();
    }

    /// <summary>The entries a save would give <paramref name="rows"/> as new rows, for bulk inserts that bypass the save.</summary>
    public IReadOnlyList<AuditEntry> ForAdded(IModel model, IEnumerable<object> rows)
    {
        var now = clock.GetUtcNow();
        return rows.Select(row => AuditTrail.ForAdded(model.FindEntityType(row.GetType())
                ?? throw new InvalidOperationException($"{row.GetType().Name} is not part of the model."), row, audit.Actor, scope.WorkspaceId, now))
            .ToList();
    }

    private void Record(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        db.ChangeTracker.DetectChanges();
        db.AddRange(AuditTrail.Collect(db, audit.Actor, scope.WorkspaceId, clock.GetUtcNow()));
    }

    private void Withdraw(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        // Entries of earlier, successful saves are Unchanged by now; only this save's are still Added.
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
