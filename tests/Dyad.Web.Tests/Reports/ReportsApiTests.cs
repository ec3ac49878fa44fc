using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Reports;
using Dyad.Data.Users;
using Dyad.Tests.Shared;
using Dyad.Web.Reports;
using Dyad.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Reports;

/// <summary>
/// Reports through the API on the demo workspace: their numbers are the dashboards' numbers, the PDF renders with page
/// numbers, and who may generate, see and delete which report follows the dashboards' view.
/// </summary>
public abstract class ReportsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string Reports = "/api/v1/reports";
    private const double Tolerance = 1e-9;

    private static readonly string[] WorkspacePanels =
        ["portfolio", "scores", "score-trends", "servqual", "keywords", "practice-mix", "response-rates", "open-actions"];

    [Fact]
    public async Task The_workbook_holds_the_numbers_the_dashboards_show_sheet_by_sheet()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var report = await (await client.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "xlsx", Period: "12m")))
            .ReadAsync<ReportView>(HttpStatusCode.Created);
        var download = await client.GetAsync($"{Reports}/{report.Id}/download");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        var sheets = Workbook(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["report", .. WorkspacePanels], sheets.Keys);
        foreach (var panel in WorkspacePanels)
        {
            var table = await (await client.GetAsync($"/api/v1/dashboards/{panel}?period=12m")).ReadAsync<JsonElement>();
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            var sheet = sheets[panel];
            Assert.Equal<string?>(columns, sheet[0]);
            Assert.Equal(rows.Count, sheet.Count - 1);
            foreach (var (index, row) in rows.Index())
            {
                foreach (var (column, name) in columns.Index())
                {
                    var expected = row.GetProperty(name);
                    var cell = sheet[index + 1][column];
                    switch (expected.ValueKind)
                    {
                        case JsonValueKind.Null: Assert.Null(cell); break;
                        case JsonValueKind.Number: Assert.Equal(expected.GetDouble(), double.Parse(cell!, CultureInfo.InvariantCulture), Tolerance); break;
                        case JsonValueKind.True or JsonValueKind.False: Assert.Equal(expected.GetBoolean() ? "1" : "0", cell); break;
                        default: Assert.Equal(expected.GetString(), cell); break;
                    }
                }
            }
        }
        Assert.True(sheets["scores"].Count > 1, "the demo's survey scores are missing from the workbook");
    }

    [Fact]
    public async Task The_csv_files_are_the_dashboards_csv_downloads()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var report = await (await client.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "csv", Period: "24m")))
            .ReadAsync<ReportView>(HttpStatusCode.Created);
        var download = await client.GetAsync($"{Reports}/{report.Id}/download");

        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["report.csv", .. WorkspacePanels.Select(p => $"{p}.csv")], zip.Entries.Select(e => e.FullName));
        foreach (var panel in WorkspacePanels)
        {
            using var reader = new StreamReader(zip.GetEntry($"{panel}.csv")!.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var dashboard = await client.GetStringAsync($"/api/v1/dashboards/{panel}?format=csv&period=24m");
            Assert.Equal(dashboard, await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task An_account_review_pdf_has_a_cover_page_numbers_and_pages_that_render()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);
        var (accountId, name) = await AccountWithEventsAsync();

        var report = await (await client.PostJsonAsync(Reports, new GenerateReportRequest("account-review", "pdf", accountId)))
            .ReadAsync<ReportView>(HttpStatusCode.Created);
        var download = await client.GetAsync($"{Reports}/{report.Id}/download");

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(report.FileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var pages = await Poppler.PageCountAsync(bytes);
        var text = await Poppler.TextAsync(bytes);
        var info = await Poppler.InfoAsync(bytes);
        Assert.Contains($"Title:           Account review: {name}", info);
        Assert.Matches(@"Author:\s+Test CxManager", info);
        // The cover sets the title large, so a long name wraps; words are compared whatever the line breaks.
        Assert.Contains($"Account review: {name}", string.Join(' ', text.Split('\f')[0].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains($"page 2 of {pages}", text);
        Assert.Contains($"page {pages} of {pages}", text);
        Assert.Matches(@"1\s+Account health and its reasons", text);
        Assert.Matches(@"\d+\s+Experience over time and critical events", text);
        Assert.True((await Poppler.RenderGreyAsync(bytes, 1)).Count(p => p < 128) > 50, "the cover renders blank");
        Assert.True((await Poppler.RenderGreyAsync(bytes, pages - 1)).Count(p => p < 128) > 50, "a later page renders blank");
    }

    [Fact]
    public async Task An_account_manager_reviews_only_their_own_accounts_and_sees_only_their_reports()
    {
        var (john, owned) = await OwnerAsync("john@demo.example");
        var manager = await app.ApiClientAsync(john);
        var cx = await app.ApiClientAsync(DyadRole.CxManager);
        var other = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().Accounts.Where(a => a.OwnerId != john.Id).Select(a => a.Id).FirstAsync());

        var refused = await manager.PostJsonAsync(Reports, new GenerateReportRequest("account-review", "pdf", other));
        var own = await (await manager.PostJsonAsync(Reports, new GenerateReportRequest("account-review", "csv", owned[0])))
            .ReadAsync<ReportView>(HttpStatusCode.Created);
        var workspace = await (await cx.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "pdf"))).ReadAsync<ReportView>(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var listed = await (await manager.GetAsync(Reports)).ReadAsync<List<ReportView>>();
        Assert.Contains(listed, r => r.Id == own.Id);
        Assert.DoesNotContain(listed, r => r.Id == workspace.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Reports}/{workspace.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Reports}/{workspace.Id}/download")).StatusCode);
        Assert.Contains(await (await cx.GetAsync(Reports)).ReadAsync<List<ReportView>>(), r => r.Id == own.Id);
    }

    [Fact]
    public async Task Viewers_read_reports_but_generate_none_and_only_the_maker_or_a_cx_manager_deletes_one()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var maker = await app.ApiClientAsync(DyadRole.Contributor);
        var colleague = await app.ApiClientAsync(DyadRole.Contributor);
        var cx = await app.ApiClientAsync(DyadRole.CxManager);
        var first = await (await maker.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "csv"))).ReadAsync<ReportView>(HttpStatusCode.Created);
        var second = await (await maker.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "csv"))).ReadAsync<ReportView>(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync(Reports, new GenerateReportRequest("workspace", "pdf"))).StatusCode);
        Assert.Equal(first.Title, (await (await viewer.GetAsync($"{Reports}/{first.Id}")).ReadAsync<ReportView>()).Title);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.DeleteAsync($"{Reports}/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await maker.DeleteAsync($"{Reports}/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await cx.DeleteAsync($"{Reports}/{second.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"{Reports}/{second.Id}/download")).StatusCode);
        var errors = await (await maker.PostJsonAsync(Reports, new GenerateReportRequest("forecast", "docx"))).ValidationErrorsAsync();
        Assert.Contains("kind", errors.Keys);
        var review = await (await maker.PostJsonAsync(Reports, new GenerateReportRequest("account-review", "pdf"))).ValidationErrorsAsync();
        Assert.Contains("accountId", review.Keys);
    }

    [Fact]
    public async Task Schedules_are_edited_by_cx_managers_and_refuse_bad_recipients_and_days()
    {
        var cx = await app.ApiClientAsync(DyadRole.CxManager);
        var manager = await app.ApiClientAsync(DyadRole.AccountManager);
        var schedule = new ReportScheduleInput("workspace", null, "pdf", "12m", ["board@provider.example"], 3);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"{Reports}/schedules", schedule)).StatusCode);
        var errors = await (await cx.PostJsonAsync($"{Reports}/schedules", schedule with { Recipients = ["not an address"], DayOfMonth = 31 }))
            .ValidationErrorsAsync();
        Assert.Equal(["dayOfMonth", "recipients"], errors.Keys.Order());
        var created = await (await cx.PostJsonAsync($"{Reports}/schedules", schedule)).ReadAsync<ReportScheduleView>(HttpStatusCode.Created);
        var changed = await (await cx.PutJsonAsync($"{Reports}/schedules/{created.Id}", schedule with { Format = "xlsx", DayOfMonth = 15 }))
            .ReadAsync<ReportScheduleView>();
        Assert.Equal(("xlsx", 15, (string?)null), (changed.Format, changed.DayOfMonth, changed.LastMonth));
        Assert.Contains(await (await manager.GetAsync($"{Reports}/schedules")).ReadAsync<List<ReportScheduleView>>(), s => s.Id == created.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await cx.DeleteAsync($"{Reports}/schedules/{created.Id}")).StatusCode);
    }

    private Task<(Guid Id, string Name)> AccountWithEventsAsync() =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var account = await db.Accounts.Where(a => db.CriticalEvents.Any(e => e.AccountId == a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).FirstAsync();
            return (account.Id, account.Name);
        });

    private Task<(UserView User, List<Guid> Owned)> OwnerAsync(string email) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var accounts = await db.Accounts.Where(a => a.OwnerId == user.Id).Select(a => a.Id).ToListAsync();
            return (new UserView(user.Id, user.Email!, user.DisplayName, user.Role, user.WorkspaceId), accounts);
        });

    /// <summary>Each sheet's rows as the cells' stored text (null for an empty cell), by sheet name in workbook order.</summary>
    private static Dictionary<string, List<List<string?>>> Workbook(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<List<string?>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value == CellValues.InlineString
                    ? cell.InlineString!.Text!.Text
                    : cell.CellValue?.Text).ToList())
                .ToList();
        }
        return sheets;
    }
}

public sealed class ReportsApiOnSqlite(SqliteApp app) : ReportsApiTests<SqliteApp>(app);

public sealed class ReportsApiOnPostgres(PostgresApp app) : ReportsApiTests<PostgresApp>(app);
