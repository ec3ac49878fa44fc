using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Accounts;

namespace Dyad.Cli.Accounts;

/// <summary><c>dyad accounts import</c> and <c>dyad accounts export</c>.</summary>
internal static class AccountCommands
{
    private static readonly string ColumnList = string.Join(",", AccountCsv.Columns);

    public static Command Create(CommandRunner runner) =>
        new("accounts", "Customer accounts as CSV files.")
        {
            Import(runner),
            Export(runner),
        };

    private static Command Import(CommandRunner runner)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = $"The CSV file, with a header row naming columns among {ColumnList}; name and relationship_type are required.",
            HelpName = "path",
            Required = true,
        }.AcceptExistingOnly();
        var workspace = CommonOptions.WorkspaceOrDemo();
        var import = new Command("import",
            "Creates and updates accounts from a CSV file, matched by name. All or nothing: one bad row and no account is changed.")
        {
            file,
            workspace,
        };
        runner.Handle(import, async run =>
        {
            var path = run.Value(file);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            using var reader = path.OpenText();
            AccountImportSummary summary;
            try
            {
                summary = await session.Get<AccountCsv>().ImportAsync(reader, run.CancellationToken);
            }
            catch (ImportRowException ex)
            {
                throw new CommandFailedException($"{path.Name}: {ex.Message} Nothing was imported.");
            }
            await run.Output.WriteLineAsync(
                $"Imported {summary.Total} account(s) into workspace '{session.Workspace.Slug}': " +
                $"{summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged.");
        });
        return import;
    }

    private static Command Export(CommandRunner runner)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = $"Where to write the CSV file (replaced if it exists); its columns are {ColumnList}.",
            HelpName = "path",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var workspace = CommonOptions.WorkspaceOrDemo();
        var export = new Command("export", "Writes the workspace's accounts to a CSV file that 'dyad accounts import' reads back.")
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
