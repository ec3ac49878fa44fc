using Microsoft.EntityFrameworkCore;

namespace Dyad.Data;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies the committed migrations of the configured provider (the database is never created any other
    /// way) and gives workspaces made before a built-in catalogue or playbook existed their copy of it.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DyadDbContext db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the web app read while the CLI imports into the same file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await Practices.PracticeCatalogueSeeder.EnsureAllAsync(db, cancellationToken);
        await Actions.PlaybookSeeder.EnsureAllAsync(db, cancellationToken);
        return pending;
    }
}
