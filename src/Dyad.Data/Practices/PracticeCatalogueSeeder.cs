using Dyad.Core.Coding;
using Dyad.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Practices;

/// <summary>
/// Gives a workspace the built-in practice catalogue and a starting data structure: facilitating and
/// destructing practices as the two aggregate dimensions. Idempotent, so workspaces made before the
/// catalogue existed get it on the next start.
/// </summary>
public static class PracticeCatalogueSeeder
{
    public static async Task EnsureAsync(DyadDbContext db, Guid workspaceId, CancellationToken cancellationToken = default)
    {
        var known = await db.Practices.IgnoreQueryFilters().Where(p => p.WorkspaceId == workspaceId)
            .Select(p => p.Key).ToListAsync(cancellationToken);
        var missing = PracticeCatalogue.BuiltIn.Practices.Where(p => !known.Contains(p.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var dimensions = await db.AggregateDimensions.IgnoreQueryFilters().Where(d => d.WorkspaceId == workspaceId)
            .ToDictionaryAsync(d => d.Name, cancellationToken);
        AggregateDimension DimensionFor(PracticePolarity polarity)
        {
            var name = polarity == PracticePolarity.Facilitating ? AggregateDimension.Facilitating : AggregateDimension.Destructing;
            if (!dimensions.TryGetValue(name, out var dimension))
            {
                dimensions[name] = dimension = new AggregateDimension(workspaceId, name);
                db.AggregateDimensions.Add(dimension);
            }
            return dimension;
        }
        db.Practices.AddRange(missing.Select(p => Practice.BuiltIn(workspaceId, p, DimensionFor(p.Polarity).Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every workspace, for the start-up check.</summary>
    public static async Task EnsureAllAsync(DyadDbContext db, CancellationToken cancellationToken = default)
    {
        foreach (var workspaceId in await db.Workspaces.Select(w => w.Id).ToListAsync(cancellationToken))
        {
            await EnsureAsync(db, workspaceId, cancellationToken);
        }
    }
}
