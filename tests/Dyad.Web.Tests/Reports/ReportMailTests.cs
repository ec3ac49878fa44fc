using System.IO.Compression;
using System.Net;
using System.Text;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Reports;
using Dyad.Data.Workspaces;
using Dyad.Tests.Shared;
using Dyad.Web.Reports;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Dyad.Web.Tests.Reports;

/// <summary>
/// The monthly report e-mails through a real SMTP server: each recipient gets a schedule's month once, with the report
/// attached, however many app instances send at the same moment, and again the next month.
/// </summary>
public abstract class ReportMailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    private const string Schedules = "/api/v1/reports/schedules";
    private const string DemoName = "Dyad demo";
    private const int Day = 3;

    /// <summary>Day <see cref="Day"/> of this month, when the schedules fall due; the passes choose their moments around it.</summary>
    private static readonly DateTimeOffset DueDay = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, Day, 7, 0, 0, TimeSpan.Zero);

    private static Task<ReportMailResult> PassAsync(IServiceProvider services, DateTimeOffset now) =>
        InDemoAsync(services, scope => scope.GetRequiredService<ReportMailSender>().SendDueAsync(now));

    private static async Task<T> InDemoAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Workspace.DemoSlug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Two app instances on the same database sending at the same moment.</summary>
    private async Task RaceAsync(DateTimeOffset now)
    {
        await using var second = app.WithWebHostBuilder(_ => { });
        await Task.WhenAll(PassAsync(app.Services, now), PassAsync(second.Services, now));
    }

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@customer.example";

    private static string MonthText(DateTimeOffset at) => $"{at.UtcDateTime:yyyy-MM}";

    [Fact]
    public async Task Each_recipient_gets_the_month_once_from_two_racing_instances_with_the_report_attached_and_again_next_month()
    {
        var cx = await app.ApiClientAsync(DyadRole.CxManager);
        var (board, director) = (Address("board"), Address("director"));
        var schedule = await (await cx.PostJsonAsync(Schedules, new ReportScheduleInput("workspace", null, "pdf", "12m", [board, director], Day)))
            .ReadAsync<ReportScheduleView>(HttpStatusCode.Created);

        await PassAsync(app.Services, DueDay.AddDays(-1));
        Assert.Empty(app.Smtp.MessagesTo(board));

        await RaceAsync(DueDay);
        await PassAsync(app.Services, DueDay.AddDays(10));

        foreach (var recipient in new[] { board, director })
        {
            var mail = Assert.Single(app.Smtp.MessagesTo(recipient));
            Assert.Equal($"CX report: {DemoName}, {MonthText(DueDay)}", mail.Subject);
            Assert.Contains($"The monthly report of {DemoName} is attached", mail.TextBody);
            Assert.Contains($"{DistributionApp.PublicUrl}/reports", mail.TextBody);
            var (name, bytes) = Attachment(mail);
            Assert.EndsWith(".pdf", name);
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
            Assert.True(await Poppler.PageCountAsync(bytes) > 1, "the attached PDF does not read as a document");
            Assert.Contains($"CX report: {DemoName}", await Poppler.TextAsync(bytes));
        }
        Assert.Equal(Attachment(app.Smtp.MessagesTo(board)[0]).Content, Attachment(app.Smtp.MessagesTo(director)[0]).Content);
        Assert.Equal(1, await ScheduledReportsAsync(schedule.Id));
        Assert.Equal(MonthText(DueDay), (await (await cx.GetAsync($"{Schedules}/{schedule.Id}")).ReadAsync<ReportScheduleView>()).LastMonth);

        var nextMonth = DueDay.AddMonths(1);
        await PassAsync(app.Services, nextMonth.AddDays(-1));
        Assert.Single(app.Smtp.MessagesTo(board));
        await RaceAsync(nextMonth);

        foreach (var recipient in new[] { board, director })
        {
            var mails = app.Smtp.MessagesTo(recipient);
            Assert.Equal(2, mails.Count);
            Assert.Contains(mails, m => m.Subject == $"CX report: {DemoName}, {MonthText(nextMonth)}");
        }
        Assert.Equal(2, await ScheduledReportsAsync(schedule.Id));
    }

    [Fact]
    public async Task An_account_review_as_csv_files_arrives_as_a_zip_that_opens_and_a_refused_recipient_is_not_tried_again_that_month()
    {
        var cx = await app.ApiClientAsync(DyadRole.CxManager);
        var (account, accountName) = await InDemoAsync(app.Services, async services =>
        {
            var first = await services.GetRequiredService<DyadDbContext>().Accounts.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).FirstAsync();
            return (first.Id, first.Name);
        });
        var (buyer, refused) = (Address("buyer"), Address(SmtpSink.RefusedPrefix));
        await (await cx.PostJsonAsync(Schedules, new ReportScheduleInput("account-review", account, "csv", "12m", [buyer, refused], Day)))
            .ReadAsync<ReportScheduleView>(HttpStatusCode.Created);

        var first = await PassAsync(app.Services, DueDay);
        var again = await PassAsync(app.Services, DueDay.AddHours(1));

        Assert.Equal(1, first.Refused);
        Assert.Equal(0, again.Refused);
        var mail = Assert.Single(app.Smtp.MessagesTo(buyer));
        Assert.Equal($"Account review: {accountName}, {MonthText(DueDay)}", mail.Subject);
        var (name, bytes) = Attachment(mail);
        Assert.EndsWith(".zip", name);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Contains("report.csv", zip.Entries.Select(e => e.FullName));
        Assert.True(zip.Entries.Count > 2, "the zip holds a CSV per section");
        using var cover = new StreamReader(zip.GetEntry("report.csv")!.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Assert.Contains(accountName, await cover.ReadToEndAsync());
        Assert.Empty(app.Smtp.MessagesTo(refused));
    }

    private static (string Name, byte[] Content) Attachment(MimeMessage mail)
    {
        var part = Assert.Single(mail.Attachments.OfType<MimePart>());
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return (part.FileName ?? "", content.ToArray());
    }

    private Task<int> ScheduledReportsAsync(Guid scheduleId) =>
        InDemoAsync(app.Services, services => services.GetRequiredService<DyadDbContext>().Reports.CountAsync(r => r.ScheduleId == scheduleId));
}

public sealed class ReportMailTestsOnSqlite(SqliteDistributionApp app) : ReportMailTests<SqliteDistributionApp>(app);

public sealed class ReportMailTestsOnPostgres(PostgresDistributionApp app) : ReportMailTests<PostgresDistributionApp>(app);
