using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Accounts;

namespace Dyad.Cli.Accounts;

/// <summary><c>dyad accounts export</c>; files come back in with <c>dyad import accounts</c>.</summary>
internal static class AccountCommands
{
    private static readonly string ColumnList = string.Join(",", AccountCsv.Columns);

    public static Command Create(CommandRunner runner) =>
        new("accounts", "Customer accounts out as a CSV file (in: 'dyad import accounts').")
        {
            Export(runner),
        };

    private static Command Export(CommandRunner runner)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = $"Where to write the CSV file (replaced if it exists); its columns are {ColumnList}.",
            HelpName = "path",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var workspace = CommonOptions.WorkspaceOrDemo();
        var export = new Command("export", "Writes the workspace's accounts to a CSV file that 'dyad import accounts' reads back.")
        {
            file,
            workspace,
        };
        runner.Handle(export, async run =>
        {
            var path = run.Value(file);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            int count;
            await using (var writer = path.CreateText())
            {
                count = await session.Get<AccountCsv>().ExportAsync(writer, run.CancellationToken);
            }
            await run.Output.WriteLineAsync($"Exported {count} account(s) from workspace '{session.Workspace.Slug}' to {path.FullName}.");
        });
        return export;
    }
}
