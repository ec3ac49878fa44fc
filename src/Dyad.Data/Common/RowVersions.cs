using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dyad.Data.Common;

/// <summary>
/// Every domain table carries a row version: a number the context raises by one on each update and checks in the
/// update's WHERE clause, so a write based on a stale read fails instead of silently undoing someone else's. The API
/// hands it out as the ETag.
/// </summary>
public static class RowVersions
{
    /// <summary>A shadow property, so domain classes stay free of persistence bookkeeping.</summary>
    public const string PropertyName = "RowVersion";

    /// <summary>The version of a row that has never been updated: the CLR default EF Core inserts for the shadow property.</summary>
    internal const long Initial = 0;

    internal static void Configure(ModelBuilder builder, IMutableEntityType entity) =>
        builder.Entity(entity.ClrType).Property<long>(PropertyName).IsConcurrencyToken();

    internal static bool IsVersioned(IReadOnlyEntityType entity) => entity.FindProperty(PropertyName) is { IsConcurrencyToken: true };
}

/// <summary>
/// A writer's claim that it read one row at one version (an HTTP If-Match, a form opened earlier). The next save in the
/// scope that writes anything checks it in the same statement that updates or deletes the row, so two writers holding
/// the same version cannot both succeed.
/// </summary>
public sealed class WriteConditions
{
    private readonly List<Expected> _pending = [];

    public IDisposable Expect(Type entityType, Guid id, long version)
    {
        var expected = new Expected(entityType, id, version);
        _pending.Add(expected);
        return new Release(() => _pending.Remove(expected));
    }

    public IDisposable Expect<TEntity>(Guid id, long version) => Expect(typeof(TEntity), id, version);

    /// <summary>Hands the pending claims to a save, once: a later save in the same request is not held to a version it already moved.</summary>
    internal IReadOnlyList<Expected> Take()
    {
        var taken = _pending.ToList();
        _pending.Clear();
        return taken;
    }

    internal sealed record Expected(Type EntityType, Guid Id, long Version);

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
