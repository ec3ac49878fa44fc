using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Reports;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Dyad.Data.Reports;

namespace Dyad.Cli.Reports;

/// <summary><c>dyad reports generate</c>.</summary>
internal static class ReportCommands
{
    /// <summary>Who made a report on the command line, as the Reports page lists it.</summary>
    private static readonly Actor CommandLine = new(null, "dyad command line");

    public static Command Create(CommandRunner runner) =>
        new("reports", "The account review and the workspace CX report, from the dashboards' numbers.") { Generate(runner) };

    private static Command Generate(CommandRunner runner)
    {
        var workspace = CommonOptions.RequiredWorkspace();
        var kind = new Option<string>("--kind")
        {
            Description = "account-review (one account, for a quarterly business review) or workspace (the CX report of the whole workspace).",
            HelpName = "account-review|workspace",
            Required = true,
        }.AcceptOnlyFromAmong(ReportKind.AccountReview.ToSlug(), ReportKind.Workspace.ToSlug());
        var account = new Option<string>("--account")
        {
            Description = "The account of an account review: its id, or its name (case does not matter).",
            HelpName = "id|name",
        };
        var format = new Option<string>("--format")
        {
            Description = "pdf, xlsx (a workbook with a sheet per section) or csv (a zip of one CSV per section).",
            HelpName = "pdf|xlsx|csv",
            DefaultValueFactory = _ => "pdf",
        }.AcceptOnlyFromAmong("pdf", "xlsx", "csv");
        var period = new Option<string>("--period")
        {
            Description = "The dashboards' period: 3m, 6m, 12m, 24m back from today, or all.",
            HelpName = "3m|6m|12m|24m|all",
            DefaultValueFactory = _ => DashboardFilter.AllTime,
        };
        var file = new Option<FileInfo>("--file")
        {
            Description = "Where to write the report (replaced if it exists).",
            HelpName = "path",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var generate = new Command("generate",
            "Generates a report as a CX manager sees the workspace, stores it with the workspace's reports and writes it to a file.")
        {
            workspace, kind, account, format, period, file,
        };
        runner.Handle(generate, async run =>
        {
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            var reportKind = ReportFormats.ParseKind(run.Value(kind));
            Guid? accountId = null;
            if (run.OptionalValue(account) is { } given)
            {
                accountId = Guid.TryParse(given, out var id)
                    ? id
                    : await session.Get<AccountQueries>().FindIdByNameAsync(given, run.CancellationToken)
                      ?? throw new CommandFailedException($"There is no account named '{given}' in workspace '{session.Workspace.Slug}'.");
            }
            else if (reportKind == ReportKind.AccountReview)
            {
                throw new CommandFailedException("An account review needs --account.");
            }
            var filter = DashboardFilter.Parse(run.Value(period), null, null, null, null, null, null);
            var viewer = new DashboardViewer(null, DyadRole.CxManager);
            var reports = session.Get<ReportService>();
            var made = await reports.GenerateAsync(new ReportRequest(reportKind, ReportFormats.ParseFormat(run.Value(format)), accountId, filter),
                viewer, CommandLine, run.CancellationToken);
            var content = (await reports.DownloadAsync(made.Id, viewer, run.CancellationToken))!.Content;
            var path = run.Value(file);
            await File.WriteAllBytesAsync(path.FullName, content, run.CancellationToken);
            await run.Output.WriteLineAsync($"Wrote \u201c{made.Title}\u201d ({made.Format}, {content.Length} bytes) to {path.FullName}.");
        });
        return generate;
    }
}
