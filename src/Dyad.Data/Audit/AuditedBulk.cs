using System.Collections;
using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using Dyad.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Dyad.Data.Audit;

/// <summary>
/// <c>ExecuteUpdate</c>, <c>ExecuteDelete</c> and bulk inserts write past the change tracker, so <see cref="AuditInterceptor"/>
/// never sees them. These run them so every row still gets its entry, in the write's own transaction. For an update or delete
/// the rows are read first, the write is narrowed to the rows read (a row that starts to match meanwhile is left alone rather
/// than changed unrecorded), and after an update the rows are read again, so each entry holds the old and new values. A row
/// whose audited values did not change gets no entry, so a job's claim that only moves a
/// <see cref="Core.Common.NotAuditedAttribute"/> lease logs nothing.
/// </summary>
public static class AuditedBulk
{
    /// <summary>Rows read and written at a time, so wiping a generated workspace does not hold a million rows in memory.</summary>
    private const int BatchSize = 500;

    /// <summary>Attempts when PostgreSQL refuses the snapshot because another writer changed a row first.</summary>
    private const int Attempts = 5;

    /// <summary>PostgreSQL's "could not serialize access": the rows read changed before the write reached them.</summary>
    private const string SerializationFailure = "40001";

    public static Task<int> ExecuteAuditedUpdateAsync<T>(this IQueryable<T> query, DyadDbContext db, Action<UpdateSettersBuilder<T>> setters,
        CancellationToken cancellationToken = default) where T : class =>
        RunAsync<T>(db, async (audit, type, key) =>
        {
            var before = await query.AsNoTracking().ToListAsync(cancellationToken);
            var written = 0;
            foreach (var batch in before.Chunk(BatchSize))
            {
                var keys = Keys(key, batch);
                written += await query.Where(KeyIn<T>(key, keys)).ExecuteUpdateAsync(setters, cancellationToken);
                var after = (await db.Set<T>().AsNoTracking().Where(KeyIn<T>(key, keys)).ToListAsync(cancellationToken))
                    .ToDictionary(row => key.GetGetter().GetClrValue(row)!);
                await RecordAsync(db, audit.ForRows(type, batch.Select(row => ((object)row, (object?)after.GetValueOrDefault(KeyOf(key, row))))),
                    cancellationToken);
            }
            return written;
        }, cancellationToken);

    public static Task<int> ExecuteAuditedDeleteAsync<T>(this IQueryable<T> query, DyadDbContext db, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync<T>(db, async (audit, type, key) =>
        {
            var deleted = 0;
            while (await query.AsNoTracking().Take(BatchSize).ToListAsync(cancellationToken) is { Count: > 0 } batch)
            {
                var removed = await query.Where(KeyIn<T>(key, Keys(key, batch))).ExecuteDeleteAsync(cancellationToken);
                if (removed != batch.Count)
                {
                    // Only under an isolation that lets rows vanish between read and write; entries could no longer be exact.
                    throw new DBConcurrencyException($"{removed} of {batch.Count} {type.ClrType.Name} rows read were deleted.");
                }
                await RecordAsync(db, audit.ForRows(type, batch.Select(row => ((object)row, (object?)null))), cancellationToken);
                deleted += removed;
            }
            return deleted;
        }, cancellationToken);

    /// <summary>
    /// Stores new rows with <see cref="BulkWriter"/> instead of SaveChanges, in the context's current transaction, each with
    /// its audit entry. The entries are the ones a save would give the rows added to a context (built by the same model from
    /// the rows' own values instead of the change tracker's), so the log cannot tell the two ways apart; neither rows nor
    /// entries pass through the change tracker, whose bookkeeping of thousands of new rows took longer than writing them.
    /// Principals come before the rows that refer to them (an action before its tasks), as the bulk write keeps their order.
    /// </summary>
    internal static async Task InsertAuditedAsync(this DyadDbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // A failure halfway would otherwise leave the first tables written and their entries with them.
            throw new InvalidOperationException("Begin a transaction before a bulk insert.");
        }
        var entries = Interceptor(db).ForAdded(db.Model, rows);
        await BulkWriter.InsertAsync(db, rows.Concat(entries), cancellationToken);
    }

    private static AuditInterceptor Interceptor(DyadDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditInterceptor>().SingleOrDefault()
        ?? throw new InvalidOperationException("The context has no audit interceptor, so its set-based writes cannot be audited.");

    private static async Task<int> RunAsync<T>(DyadDbContext db, Func<AuditInterceptor, IEntityType, IProperty, Task<int>> write,
        CancellationToken cancellationToken) where T : class
    {
        if (db.ChangeTracker.HasChanges())
        {
            // The entries are stored with SaveChanges, which would store the caller's pending changes along with them.
            throw new InvalidOperationException("Save the context's tracked changes before a set-based write.");
        }
        var audit = Interceptor(db);
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity type.");
        var key = type.FindPrimaryKey() is { Properties: [{ } single] } && !single.IsShadowProperty()
            ? single
            : throw new NotSupportedException($"{type.ClrType.Name} has no single-column key to narrow a set-based write by.");
        if (db.Database.CurrentTransaction is not null)
        {
            return await write(audit, type, key);
        }
        for (var attempt = 1; ; attempt++)
        {
            // Repeatable read: a row another writer changes after it was read makes PostgreSQL refuse the write rather than
            // let its entry show the other writer's values; SQLite's single writer serializes anyway.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            try
            {
                var written = await write(audit, type, key);
                await transaction.CommitAsync(cancellationToken);
                return written;
            }
            catch (Exception refused) when (attempt < Attempts && IsSerializationFailure(refused))
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    private static bool IsSerializationFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { SqlState: SerializationFailure })
            {
                return true;
            }
        }
        return false;
    }

    private static async Task RecordAsync(DyadDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    private static IList Keys<T>(IProperty key, IEnumerable<T> rows)
    {
        var keys = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(key.ClrType))!;
        foreach (var row in rows)
        {
            keys.Add(KeyOf(key, row!));
        }
        return keys;
    }

    private static object KeyOf(IProperty key, object row) => key.GetGetter().GetClrValue(row)!;

    /// <summary><c>row =&gt; keys.Contains(row.Key)</c> for any entity type with a single-column key.</summary>
    private static Expression<Func<T, bool>> KeyIn<T>(IProperty key, IList keys)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Call(typeof(EF), nameof(EF.Property), [key.ClrType], row, Expression.Constant(key.Name));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [key.ClrType], Expression.Constant(keys, keys.GetType()), value);
        return Expression.Lambda<Func<T, bool>>(contains, row);
    }
}
