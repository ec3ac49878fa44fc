using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Database;

/// <summary><c>dyad db migrate</c>.</summary>
internal static class DatabaseCommands
{
    public static Command Create(CommandRunner runner)
    {
        var migrate = new Command("migrate", "Applies the migrations the database lacks; running it again changes nothing.");
        runner.Handle(migrate, ApplyMigrationsAsync);
        return new Command("db", "The database's schema.") { migrate };
    }

    /// <summary>Brings the schema up to date and says what it did; also the first step of seeding.</summary>
    public static async Task ApplyMigrationsAsync(CommandRun run)
    {
        await using var scope = run.OpenScope();
        var applied = await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<DyadDbContext>(), run.CancellationToken);
        if (applied.Count == 0)
        {
            await run.Output.WriteLineAsync($"The {run.Settings.Describe()} is up to date; no migrations to apply.");
            return;
        }
        await run.Output.WriteLineAsync($"Applied {applied.Count} migration(s) to the {run.Settings.Describe()}:");
        foreach (var migration in applied)
        {
            await run.Output.WriteLineAsync($"  {migration}");
        }
    }
}
