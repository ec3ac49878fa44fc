using System.IO.Compression;
using System.Text;
using Dyad.Cli.Tests.Common;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests;

/// <summary><c>dyad reports generate</c> on the demo workspace: a file of the asked format, stored with the workspace's reports.</summary>
public abstract partial class CliTests
{
    private Task<CliResult> GenerateReportAsync(params string[] more) =>
        RunAsync(["reports", "generate", "--workspace", Workspace.DemoSlug, .. more]);

    [Fact]
    public async Task Reports_generate_writes_a_pdf_a_workbook_and_a_zip_of_csv_files_and_stores_each()
    {
        await SeedDemoAsync();
        var account = await InDemoAsync(services => services.GetRequiredService<DyadDbContext>().Accounts.OrderBy(a => a.Name).Select(a => a.Name).FirstAsync());
        var pdf = Path.Combine(_directory, "review.pdf");
        var xlsx = Path.Combine(_directory, "workspace.xlsx");
        var csv = Path.Combine(_directory, "workspace.zip");

        var review = await GenerateReportAsync("--kind", "account-review", "--account", account.ToUpperInvariant(), "--file", pdf);
        var workbook = await GenerateReportAsync("--kind", "workspace", "--format", "xlsx", "--period", "12m", "--file", xlsx);
        var archive = await GenerateReportAsync("--kind", "workspace", "--format", "csv", "--file", csv);

        Assert.True(review.ExitCode == 0, review.Error);
        Assert.Contains($"Wrote \u201cAccount review: {account}\u201d (pdf,", review.Output);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..5]));
        Assert.True(workbook.ExitCode == 0, workbook.Error);
        using (var zip = ZipFile.OpenRead(xlsx))
        {
            Assert.Contains("xl/workbook.xml", zip.Entries.Select(e => e.FullName));
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        }
        Assert.True(archive.ExitCode == 0, archive.Error);
        using (var zip = ZipFile.OpenRead(csv))
        {
            Assert.Contains("report.csv", zip.Entries.Select(e => e.FullName));
            Assert.Contains("scores.csv", zip.Entries.Select(e => e.FullName));
        }
        var stored = await InDemoAsync(services => services.GetRequiredService<DyadDbContext>().Reports.AsNoTracking()
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Format, r.CreatedBy, r.Size, r.Filter }).ToListAsync());
        Assert.Equal(["Pdf", "Xlsx", "Csv"], stored.Select(r => r.Format.ToString()));
        Assert.All(stored, r => Assert.Equal("dyad command line", r.CreatedBy));
        Assert.Equal([new FileInfo(pdf).Length, new FileInfo(xlsx).Length, new FileInfo(csv).Length], stored.Select(r => (long)r.Size));
        Assert.Equal("period=12m", stored[1].Filter);
    }

    [Fact]
    public async Task Reports_generate_refuses_an_unknown_account_kind_or_format_and_names_the_problem()
    {
        await SeedDemoAsync();
        var file = Path.Combine(_directory, "report.pdf");

        var unknownAccount = await GenerateReportAsync("--kind", "account-review", "--account", "Nobody Ltd", "--file", file);
        var noAccount = await GenerateReportAsync("--kind", "account-review", "--file", file);
        var badKind = await GenerateReportAsync("--kind", "forecast", "--file", file);
        var badFormat = await GenerateReportAsync("--kind", "workspace", "--format", "docx", "--file", file);
        var badPeriod = await GenerateReportAsync("--kind", "workspace", "--period", "7w", "--file", file);

        Assert.Equal(1, unknownAccount.ExitCode);
        Assert.Contains($"There is no account named 'Nobody Ltd' in workspace '{Workspace.DemoSlug}'", unknownAccount.Error);
        Assert.Equal(1, noAccount.ExitCode);
        Assert.Contains("An account review needs --account", noAccount.Error);
        Assert.Equal(DyadCli.UsageError, badKind.ExitCode);
        Assert.Contains("--kind 'forecast' is not a report kind; use one of account-review, workspace.", badKind.Error);
        Assert.Equal(DyadCli.UsageError, badFormat.ExitCode);
        Assert.Contains("--format 'docx' is not a report format; use one of pdf, xlsx, csv.", badFormat.Error);
        Assert.Equal(1, badPeriod.ExitCode);
        Assert.Contains("Period is one of", badPeriod.Error);
        Assert.False(File.Exists(file));
        Assert.Equal(0, await InDemoAsync(services => services.GetRequiredService<DyadDbContext>().Reports.CountAsync()));
    }
}
