using System.Net;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Dyad.Data.Notifications;
using Dyad.Data.Surveys;
using Dyad.Web.Notifications;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Actions;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Audit;

/// <summary>
/// Set-based updates and deletes (which write past EF's change tracker) are in the audit log like any other write, with who
/// and what; a background job's claims on rows are not.
/// </summary>
public abstract class BulkWriteAuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    private static async Task<List<AuditEntryView>> EntriesAsync(HttpClient admin, string query) =>
        (await (await admin.GetAsync($"/api/v1/audit?limit=200&{query}")).ReadAsync<CursorPage<AuditEntryView>>()).Items.ToList();

    [Fact]
    public async Task A_stakeholder_deleted_through_the_api_is_logged_and_exported_with_who_deleted_it_and_what_was_lost()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var admin = await app.ApiClientAsync(DyadRole.Admin, scene.Slug);

        Assert.Equal(HttpStatusCode.NoContent, (await scene.Manager.DeleteAsync($"/api/v1/stakeholders/{scene.Stakeholder.Id}")).StatusCode);

        var entries = await EntriesAsync(admin, $"entityType=Stakeholder&entityId={scene.Stakeholder.Id}");
        Assert.Equal([AuditAction.Deleted, AuditAction.Added], entries.Select(e => e.Action));
        var deleted = entries[0];
        Assert.Equal(ActorKind.ApiToken, deleted.ActorKind);
        Assert.NotNull(deleted.ActorUserId);
        Assert.Contains(new AuditChange("Name", "Eva Lindqvist", null), deleted.Changes);
        Assert.Contains(new AuditChange("Email", "eva@cranes.example", null), deleted.Changes);
        var csv = await admin.GetStringAsync($"/api/v1/audit/export.csv?entityId={scene.Stakeholder.Id}");
        Assert.Contains(csv.Split('\n'), line => line.Contains(",Deleted,Name,Eva Lindqvist,"));
    }

    [Fact]
    public async Task Reading_a_notification_and_emailing_it_are_logged_but_the_mail_jobs_claim_on_it_is_not()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var admin = await app.ApiClientAsync(DyadRole.Admin, scene.Slug);
        await (await scene.Manager.PostJsonAsync("/api/v1/codebooks", new CodebookDraft("Service", [new("responsiveness", null, ["slow"], scene.Owner.Id)])))
            .ReadAsync<CodebookView>(HttpStatusCode.Created);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.OpenQuestionsKey);
        await (await scene.Contributor.PostJsonAsync($"/api/v1/surveys/{survey}/responses", new SubmitResponseRequest(
                new Dictionary<string, Answer> { [OpenQuestions004.ServiceIssuesKey] = new(Text: "Replies were slow and nobody called back. Terrible.") },
                scene.Account.Id, scene.Stakeholder.Id)))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        var notice = Assert.Single((await (await scene.OwnerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>()).Items);

        Assert.Equal(HttpStatusCode.NoContent, (await scene.OwnerClient.PutAsync($"/api/v1/notifications/{notice.Id}/read", null)).StatusCode);
        await app.Services.GetRequiredService<NotificationMailJobs>().RunOnceAsync(ActionsTestScene.JustAfterNow());

        var entries = await EntriesAsync(admin, $"entityType=Notification&entityId={notice.Id}");
        var read = Assert.Single(entries, e => e.ActorUserId == scene.Owner.Id);
        Assert.Equal((AuditAction.Modified, ActorKind.ApiToken), (read.Action, read.ActorKind));
        Assert.Equal([new AuditChange("Read", "False", "True")], read.Changes);
        var emailed = Assert.Single(entries, e => e.ActorKind == ActorKind.System && e.Action == AuditAction.Modified);
        Assert.Contains(new AuditChange("EmailStatus", "Pending", "Sent"), emailed.Changes);
        Assert.Single(app.Smtp.MessagesTo(scene.Owner.Email), m => m.Subject?.StartsWith("Negative feedback", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(entries.SelectMany(e => e.Changes), c => c.Property.Contains("Claimed", StringComparison.Ordinal));
    }
}

public sealed class BulkWriteAuditOnSqlite(SqliteDistributionApp app) : BulkWriteAuditTests<SqliteDistributionApp>(app);

public sealed class BulkWriteAuditOnPostgres(PostgresDistributionApp app) : BulkWriteAuditTests<PostgresDistributionApp>(app);
