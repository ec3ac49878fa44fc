using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Common;

/// <summary>Reads a row's current <see cref="RowVersions">version</see>, for an ETag or a form that will write the row back.</summary>
public sealed class EntityVersions(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>Null when no such row is visible in the workspace.</summary>
    public async Task<long?> ReadAsync<TEntity>(Guid id, CancellationToken cancellationToken = default) where TEntity : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = db.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey()?.Properties.Single().Name
                  ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity with a single key.");
        return await db.Set<TEntity>()
            .Where(e => EF.Property<Guid>(e, key) == id)
            .Select(e => (long?)EF.Property<long>(e, RowVersions.PropertyName))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
