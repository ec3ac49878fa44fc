using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Cli.Database;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Demo;

/// <summary><c>dyad demo seed</c>.</summary>
internal static class DemoCommands
{
    public static Command Create(CommandRunner runner)
    {
        var seed = new Command("seed",
            $"Migrates the database if needed, then creates the demo workspace '{Workspace.DemoSlug}' unless it exists; an existing one is left as it is.");
        runner.Handle(seed, SeedAsync);
        return new Command("demo", "The demo workspace built from the sources of the product brief.") { seed };
    }

    private static async Task SeedAsync(CommandRun run)
    {
        await DatabaseCommands.ApplyMigrationsAsync(run);
        await using var scope = run.OpenScope();
        if (await scope.ServiceProvider.GetRequiredService<DemoWorkspace>().SeedAsync(run.CancellationToken))
        {
            await run.Output.WriteLineAsync(
                $"Created the demo workspace '{Workspace.DemoSlug}'; sign in as {DemoWorkspace.AdminEmail} with the password {DemoWorkspace.Password}.");
        }
        else
        {
            await run.Output.WriteLineAsync($"The demo workspace '{Workspace.DemoSlug}' is already present; left unchanged.");
        }
    }
}
