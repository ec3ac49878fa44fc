using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Data.Accounts;
using Dyad.Data.Events;

namespace Dyad.Cli.Events;

/// <summary><c>dyad events recurrence</c>.</summary>
internal static class EventCommands
{
    private const string Table = "table";
    private const string Json = "json";

    private static readonly JsonSerializerOptions JsonFormat = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // The output goes to a terminal or a script, not into HTML: "Train&Co" stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CommandRunner runner) =>
        new("events", "Critical events and the practices the provider used in them.") { Recurrence(runner) };

    private static Command Recurrence(CommandRunner runner)
    {
        var workspace = CommonOptions.WorkspaceOrDemo();
        var account = new Option<string>("--account")
        {
            Description = "Only the events of this account, by name; case does not matter.",
            HelpName = "name",
        };
        var format = new Option<string>("--format")
        {
            Description = $"'{Table}' for people (the default) or '{Json}' for programs: an array of " +
                          "{phase, phase_name, practice, polarity, count, level}.",
            HelpName = $"{Json}|{Table}",
            DefaultValueFactory = _ => Table,
        }.AcceptOnlyFromAmong(Json, Table);
        var recurrence = new Command("recurrence",
            "How often each practice was used in each phase, with its recurrence level (000: once is occasionally, twice " +
            "sometimes, three or more times frequently). Phases compare within one journey template: the one with most events.")
        {
            workspace,
            account,
            format,
        };
        runner.Handle(recurrence, async run =>
        {
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            Guid? accountId = null;
            if (run.OptionalValue(account) is { } name)
            {
                accountId = await session.Get<AccountQueries>().FindIdByNameAsync(name, run.CancellationToken)
                    ?? throw new CommandFailedException($"There is no account named '{name}' in workspace '{session.Workspace.Slug}'.");
            }
            var analysis = await session.Get<EventAnalyticsService>().AnalyseAsync(new EventFilter(accountId), cancellationToken: run.CancellationToken)
                ?? throw new CommandFailedException($"Workspace '{session.Workspace.Slug}' has no journey template with events to analyse.");
            var lines = RecurrenceLine.From(analysis);
            if (run.Value(format) == Json)
            {
                await run.Output.WriteLineAsync(JsonSerializer.Serialize(lines, JsonFormat));
                return;
            }
            await WriteTableAsync(run.Output, analysis, lines, run.OptionalValue(account));
        });
        return recurrence;
    }

    private static async Task WriteTableAsync(TextWriter output, PracticeAnalysis analysis, IReadOnlyList<RecurrenceLine> lines, string? account)
    {
        var scope = account is null ? "" : $" of '{account}'";
        await output.WriteLineAsync($"{analysis.TemplateName}: {analysis.EventCount} event(s){scope}.");
        if (lines.Count == 0)
        {
            await output.WriteLineAsync("No practice is coded in these events.");
            return;
        }
        var table = new TextTable(("phase", true), ("phase name", false), ("practice", false), ("polarity", false), ("count", true), ("level", false));
        foreach (var line in lines)
        {
            table.Add(line.Phase.ToString(), line.PhaseName, line.Practice, line.Polarity, line.Count.ToString(), line.Level);
        }
        await table.WriteAsync(output);
    }

    /// <summary>One row of the recurrence matrix as the command prints it; the JSON shape is a contract with scripts.</summary>
    private sealed record RecurrenceLine(int Phase, string PhaseName, string Practice, string Polarity, int Count, string Level)
    {
        public static IReadOnlyList<RecurrenceLine> From(PracticeAnalysis analysis)
        {
            var phaseNames = analysis.Phases.ToDictionary(p => p.Number, p => p.Name);
            return analysis.Recurrence
                .Select(r => new RecurrenceLine(r.Phase, phaseNames.GetValueOrDefault(r.Phase, ""), r.Practice.Name.ToLowerInvariant(),
                    r.Polarity.ToText(), r.Count, r.Level.ToText()))
                .ToList();
        }
    }
}
