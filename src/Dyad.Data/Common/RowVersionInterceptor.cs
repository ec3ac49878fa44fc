using Dyad.Data.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dyad.Data.Common;

/// <summary>
/// Raises the row version of every updated row and applies the scope's <see cref="WriteConditions"/> to the save. One
/// instance serves every context of a scope.
/// </summary>
internal sealed class RowVersionInterceptor(WriteConditions conditions) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && Prepare(db) is { Count: > 0 } expectations)
        {
            foreach (var expected in expectations)
            {
                Hold(expected, Find(db, expected) ?? Load(db, expected, db.Find(expected.EntityType, expected.Id)));
            }
        }
        Raise(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Prepare(db) is { Count: > 0 } expectations)
        {
            foreach (var expected in expectations)
            {
                Hold(expected, Find(db, expected)
                                   ?? Load(db, expected, await db.FindAsync(expected.EntityType, [expected.Id], cancellationToken)));
            }
        }
        Raise(eventData.Context);
        return result;
    }

    /// <summary>Claims are taken by the first save that writes something; a save with nothing to write leaves them waiting.</summary>
    private IReadOnlyList<WriteConditions.Expected> Prepare(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                                  && e.Entity is not IdempotencyRecord)
            ? conditions.Take()
            : [];
    }

    private static EntityEntry? Find(DbContext db, WriteConditions.Expected expected) =>
        db.ChangeTracker.Entries().FirstOrDefault(e =>
            expected.EntityType.IsAssignableFrom(e.Metadata.ClrType)
            && e.Metadata.FindPrimaryKey() is { Properties: [var key] }
            && Equals(e.Property(key.Name).CurrentValue, expected.Id));

    /// <summary>A use case that changed only the row's children has not loaded it: load it so the save can hold it at its version.</summary>
    private static EntityEntry Load(DbContext db, WriteConditions.Expected expected, object? entity) =>
        entity is null
            ? throw new DbUpdateConcurrencyException($"The {expected.EntityType.Name} {expected.Id} no longer exists.")
            : db.Entry(entity);

    private static void Hold(WriteConditions.Expected expected, EntityEntry entry)
    {
        var version = entry.Property(RowVersions.PropertyName);
        if (!Equals(version.OriginalValue, expected.Version))
        {
            // Read after another writer's save: the claim is stale whatever the database says now.
            throw new DbUpdateConcurrencyException($"The {expected.EntityType.Name} {expected.Id} changed since version {expected.Version}.");
        }
        version.OriginalValue = expected.Version;
        if (entry.State == EntityState.Unchanged)
        {
            // Its children changed but not the row itself: touching the version still puts the row in the save's WHERE.
            version.IsModified = true;
        }
    }

    private static void Raise(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && RowVersions.IsVersioned(e.Metadata)))
        {
            var version = entry.Property(RowVersions.PropertyName);
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }
}
