using System.CommandLine;
using System.CommandLine.Invocation;
using Dyad.Cli.Accounts;
using Dyad.Cli.Common;
using Dyad.Cli.Database;
using Dyad.Cli.Demo;
using Dyad.Cli.Events;
using Dyad.Cli.Tokens;
using Dyad.Cli.Users;
using Microsoft.Extensions.Configuration;

namespace Dyad.Cli;

/// <summary>The <c>dyad</c> command, callable in-process so tests pass their own settings and writers.</summary>
public static class DyadCli
{
    public const int UsageError = 2;

    /// <summary>Runs one command line; returns 0 on success, 1 when the command failed, 2 for a usage error.</summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var runner = new CommandRunner(configuration);
        var root = new RootCommand("Dyad, B2B customer experience management: database and its backups, demo data, bulk imports, accounts, users, API tokens, critical events, survey analysis, text analysis and reports.")
        {
            DatabaseCommands.Create(runner),
            DemoCommands.Create(runner),
            AccountCommands.Create(runner),
            Imports.ImportCommands.Create(runner),
            EventCommands.Create(runner),
            UserCommands.Create(runner),
            TokenCommands.Create(runner),
            Surveys.SurveyCommands.Create(runner),
            Text.TextCommands.Create(runner),
            Privacy.PrivacyCommands.Create(runner),
            Reports.ReportCommands.Create(runner),
        };
        foreach (var command in BackupCommands.Create(runner))
        {
            root.Subcommands.Add(command);
        }
        var parse = root.Parse(args);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        // System.CommandLine reports a usage error with 1, like a failed command; scripts tell them apart by 2, as shells do.
        return parse.Action is ParseErrorAction ? UsageError : exitCode;
    }
}
