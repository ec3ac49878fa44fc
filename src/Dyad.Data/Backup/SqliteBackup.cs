using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Backup;

/// <summary>Refusals a user can act on: a missing file, one that is not a Dyad database, one that would be overwritten.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>What a database file holds: its last migration and how many this build has that it lacks.</summary>
public sealed record DatabaseFileInfo(string File, long Bytes, string LastMigration, int MigrationsBehind, int Workspaces);

/// <summary>
/// Copies the SQLite database to a file and back with SQLite's online backup API, which copies every page under one read
/// transaction: the copy is the database as of one moment, even while the web app writes. Both ways write a temporary file
/// beside the target and rename it into place, so the target is either the old file or the whole new one, never half.
/// </summary>
public sealed class SqliteBackup(DatabaseSettings settings, DyadDbContext db)
{
    private const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>A table every Dyad database has had since its first migration.</summary>
    private const string MarkerTable = "Workspaces";

    private string DatabaseFile => Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);

    public async Task<DatabaseFileInfo> BackupAsync(string file, bool overwrite, CancellationToken cancellationToken = default)
    {
        RequireSqlite();
        var target = Path.GetFullPath(file);
        if (!File.Exists(DatabaseFile))
        {
            throw new BackupException($"There is no database at {DatabaseFile} to back up.");
        }
        if (File.Exists(target) && !overwrite)
        {
            throw new BackupException($"{target} exists; add --force to replace it.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return await WriteAtomicallyAsync(settings.ConnectionString, target, cancellationToken);
    }

    /// <summary>
    /// Replaces the database with a backup, after checking that the file is a sound Dyad database this build can run on.
    /// The web app should be stopped: it would keep working on the file it had open.
    /// </summary>
    public async Task<DatabaseFileInfo> RestoreAsync(string file, bool overwrite, CancellationToken cancellationToken = default)
    {
        RequireSqlite();
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"There is no file {source}.");
        }
        await InspectAsync(source, cancellationToken);
        var target = DatabaseFile;
        if (File.Exists(target) && new FileInfo(target).Length > 0 && !overwrite)
        {
            throw new BackupException($"{target} holds a database; add --force to replace it (stop the web app first).");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return await WriteAtomicallyAsync(ReadOnly(source), target, cancellationToken);
    }

    /// <summary>Checks a file is a sound SQLite database with Dyad's schema at a migration this build knows.</summary>
    public async Task<DatabaseFileInfo> InspectAsync(string file, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new SqliteConnection(ReadOnly(file));
            await connection.OpenAsync(cancellationToken);
            var check = (string?)await ScalarAsync(connection, "PRAGMA quick_check;", cancellationToken);
            if (check != "ok")
            {
                throw new BackupException($"{file} is damaged: {check}");
            }
            var tables = (long)(await ScalarAsync(connection,
                $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('{MigrationsTable}', '{MarkerTable}');", cancellationToken))!;
            if (tables != 2)
            {
                throw new BackupException($"{file} is an SQLite database but not a Dyad one.");
            }
            var applied = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT MigrationId FROM \"{MigrationsTable}\" ORDER BY MigrationId;";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            var known = db.Database.GetMigrations().ToList();
            if (applied.Except(known).FirstOrDefault() is { } newer)
            {
                throw new BackupException($"{file} was made by a newer Dyad (migration {newer}); upgrade Dyad before restoring it.");
            }
            var workspaces = (long)(await ScalarAsync(connection, $"SELECT count(*) FROM \"{MarkerTable}\";", cancellationToken))!;
            return new DatabaseFileInfo(file, new FileInfo(file).Length, applied.LastOrDefault() ?? "none",
                known.Except(applied).Count(), (int)workspaces);
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{file} is not a readable SQLite database: {ex.Message}");
        }
    }

    /// <summary>How to back up and restore when the database is PostgreSQL, which has its own tools for it.</summary>
    public static string PostgresInstructions(DatabaseSettings settings)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var target = $"--host={builder.Host} --port={builder.Port} --username={builder.Username} --dbname={builder.Database}";
        return $"The configured database is PostgreSQL; back it up and restore it with PostgreSQL's own tools, which take a consistent " +
               $"snapshot while Dyad runs:{Environment.NewLine}" +
               $"  pg_dump --format=custom --file=dyad.dump {target}{Environment.NewLine}" +
               $"  pg_restore --clean --if-exists --no-owner {target} dyad.dump{Environment.NewLine}" +
               "Then run 'dyad db migrate' if the dump comes from an older Dyad. See docs/audit-and-privacy.md.";
    }

    private void RequireSqlite()
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException(PostgresInstructions(settings));
        }
    }

    private async Task<DatabaseFileInfo> WriteAtomicallyAsync(string sourceConnection, string target, CancellationToken cancellationToken)
    {
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var source = new SqliteConnection(sourceConnection))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
                // One self-contained file: the copy keeps no write-ahead log beside it.
                await ScalarAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
            }
            var info = await InspectAsync(temporary, cancellationToken);
            // A log left by the file being replaced would be replayed onto the new one and corrupt it.
            File.Delete(target + "-wal");
            File.Delete(target + "-shm");
            SqliteConnection.ClearAllPools();
            File.Move(temporary, target, overwrite: true);
            return info with { File = target };
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
