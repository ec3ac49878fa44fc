using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Database;

/// <summary><c>dyad backup</c> and <c>dyad restore</c>: the SQLite database to a file and back; PostgreSQL is told to use pg_dump.</summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) => [Backup(runner), Restore(runner)];

    private static Command Backup(CommandRunner runner)
    {
        var file = FileOption("Where to write the backup, one SQLite file.");
        var force = ForceOption("Replace the file if it exists.");
        var backup = new Command("backup", "Copies the SQLite database to a file as of one moment, safe while the web app runs.") { file, force };
        runner.Handle(backup, async run =>
        {
            await using var scope = run.OpenScope();
            var info = await RunAsync(() => scope.ServiceProvider.GetRequiredService<SqliteBackup>()
                .BackupAsync(run.Value(file), run.Value(force), run.CancellationToken));
            await run.Output.WriteLineAsync(
                $"Backed up the {run.Settings.Describe()} to {info.File}: {info.Bytes:N0} bytes, {info.Workspaces} workspace(s), migration {info.LastMigration}.");
        });
        return backup;
    }

    private static Command Restore(CommandRunner runner)
    {
        var file = FileOption("The backup to restore, made by 'dyad backup'.");
        var force = ForceOption("Replace the database if it holds data; stop the web app first.");
        var restore = new Command("restore",
            "Replaces the SQLite database with a backup, after checking it is a sound Dyad database this version can run on.") { file, force };
        runner.Handle(restore, async run =>
        {
            await using var scope = run.OpenScope();
            var info = await RunAsync(() => scope.ServiceProvider.GetRequiredService<SqliteBackup>()
                .RestoreAsync(run.Value(file), run.Value(force), run.CancellationToken));
            await run.Output.WriteLineAsync(
                $"Restored the {run.Settings.Describe()} from {run.Value(file)}: {info.Workspaces} workspace(s), migration {info.LastMigration}.");
            if (info.MigrationsBehind > 0)
            {
                await run.Output.WriteLineAsync(
                    $"The backup lacks {info.MigrationsBehind} migration(s) of this version; run 'dyad db migrate' (the web app also applies them on start).");
            }
        });
        return restore;
    }

    private static async Task<DatabaseFileInfo> RunAsync(Func<Task<DatabaseFileInfo>> work)
    {
        try
        {
            return await work();
        }
        catch (BackupException ex)
        {
            throw new CommandFailedException(ex.Message);
        }
    }

    private static Option<string> FileOption(string description) => new("--file")
    {
        Description = description,
        HelpName = "path",
        Required = true,
    };

    private static Option<bool> ForceOption(string description) => new("--force") { Description = description };
}
