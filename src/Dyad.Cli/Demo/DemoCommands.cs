using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dyad.Cli.Common;
using Dyad.Cli.Database;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Demo;

/// <summary><c>dyad demo seed</c> and <c>dyad demo generate</c>.</summary>
internal static class DemoCommands
{
    public static Command Create(CommandRunner runner)
    {
        var seed = new Command("seed",
            $"Migrates the database if needed, then creates the demo workspace '{Workspace.DemoSlug}' unless it exists; an existing one is left as it is.");
        runner.Handle(seed, SeedAsync);
        return new Command("demo", "The demo workspace built from the sources of the product brief, and generated workspaces of any size.")
        {
            seed,
            Generate(runner),
        };
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

    private static Command Generate(CommandRunner runner)
    {
        var defaults = GeneratorSize.Default;
        var large = GeneratorSize.Large;
        var workspace = CommonOptions.RequiredWorkspace();
        workspace.Description = "The slug of the workspace to create; it must not exist yet.";
        var accounts = Count("--accounts", "Accounts", defaults.Accounts, large.Accounts);
        var stakeholders = Count("--stakeholders", "Stakeholders in all, spread over the accounts", defaults.Stakeholders, large.Stakeholders);
        var responses = Count("--responses", "Survey responses (NPS, CSAT, SERVQUAL, open questions)", defaults.Responses, large.Responses);
        var occurrences = Count("--occurrences", "Touchpoint occurrences", defaults.Occurrences, large.Occurrences);
        var events = Count("--events", "Critical events", defaults.Events, large.Events);
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the content: the same seed gives the same names, answers and dates (counted back from the day of the run).",
            HelpName = "number",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "If the workspace exists from an earlier (perhaps interrupted) run of this command, delete its generated data first.",
        };
        var generate = new Command("generate",
            "Migrates the database if needed, then creates a workspace full of realistic generated data for trying Dyad at scale " +
            "and for benchmarks, with an admin to sign in as. Progress goes to stderr, a table of rows and times to stdout.")
        {
            workspace, accounts, stakeholders, responses, occurrences, events, seed, replace,
        };
        runner.Handle(generate, async run =>
        {
            await DatabaseCommands.ApplyMigrationsAsync(run);
            await using var scope = run.OpenScope();
            var size = new GeneratorSize(run.Value(accounts), run.Value(stakeholders), run.Value(responses), run.Value(occurrences),
                run.Value(events), run.Value(seed));
            var watch = Stopwatch.StartNew();
            var generated = await scope.ServiceProvider.GetRequiredService<WorkspaceGenerator>().GenerateAsync(
                run.Value(workspace), size, run.Value(replace), new ProgressLines(run.Error), run.CancellationToken);
            await run.Output.WriteLineAsync(
                $"Generated the workspace '{generated.Workspace.Slug}' in the {run.Settings.Describe()} with seed {size.Seed}; " +
                $"sign in as {generated.AdminEmail} with the password {generated.Password}.");
            var table = new TextTable(("Kind", false), ("Rows", true), ("Seconds", true), ("Rows/s", true));
            foreach (var kind in generated.Kinds)
            {
                table.Add(kind.Kind, Number(kind.Rows), Seconds(kind.Elapsed), Number(RowsPerSecond(kind.Rows, kind.Elapsed)));
            }
            table.Add("Total", Number(generated.Kinds.Sum(k => k.Rows)), Seconds(watch.Elapsed), "");
            await table.WriteAsync(run.Output);
        });
        return generate;
    }

    private static Option<int> Count(string name, string what, int byDefault, int large) => new(name)
    {
        Description = $"{what}; {byDefault:N0} when not given ({large:N0} for the large benchmark workspace).",
        HelpName = "count",
        DefaultValueFactory = _ => byDefault,
    };

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static long RowsPerSecond(long rows, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? (long)(rows / elapsed.TotalSeconds) : rows;

    /// <summary>One line per kind and second at most, so a million rows do not flood a terminal or a log.</summary>
    private sealed class ProgressLines(TextWriter error) : IProgress<GeneratorProgress>
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(GeneratorProgress value)
        {
            if (value.Done < value.Total && _sinceLast.Elapsed < Interval)
            {
                return;
            }
            _sinceLast.Restart();
            error.WriteLine($"{value.Kind}: {Number(value.Done)} of {Number(value.Total)}");
        }
    }
}
