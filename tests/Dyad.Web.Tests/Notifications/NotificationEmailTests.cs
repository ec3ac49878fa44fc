using System.Net;
using Dyad.Core.Actions;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Notifications;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Feedback;
using Dyad.Data.Notifications;
using Dyad.Data.Surveys;
using Dyad.Data.Users;
using Dyad.Web.Surveys;
using Dyad.Web.Notifications;
using Dyad.Web.Tests.Actions;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Notifications;

/// <summary>
/// Notification e-mails through a real SMTP server: negative feedback to the owners of its keywords, and digests, each
/// once however many passes and app instances run, and never to a user who opted out.
/// </summary>
public abstract class NotificationEmailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    private const string Slow = "The replies were slow and nobody answered our questions about the drawings. Terrible.";
    private const string Preferences = "/api/v1/me/notification-preferences";

    private static Task<NotificationMailResult> RunAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<NotificationMailJobs>().RunOnceAsync(now);

    /// <summary>Two app instances on the same database running the pass at the same moment, then a third pass.</summary>
    private async Task RunTwiceOverAsync(DateTimeOffset now)
    {
        await using (var second = app.WithWebHostBuilder(_ => { }))
        {
            await Task.WhenAll(RunAsync(app.Services, now), RunAsync(second.Services, now));
        }
        await RunAsync(app.Services, now);
    }

    private IReadOnlyList<MimeKit.MimeMessage> Mail(UserView user, string subjectStart) =>
        app.Smtp.MessagesTo(user.Email).Where(m => m.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true).ToList();

    private async Task SubmitAsync(ActionsTestScene scene, Guid surveyId, string text) =>
        await (await scene.Contributor.PostJsonAsync($"/api/v1/surveys/{surveyId}/responses", new SubmitResponseRequest(
                new Dictionary<string, Answer> { [OpenQuestions004.ServiceIssuesKey] = new(Text: text) }, scene.Account.Id, scene.Stakeholder.Id)))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);

    [Fact]
    public async Task Negative_feedback_is_emailed_once_to_its_keyword_owner_and_an_owner_who_opted_out_gets_it_only_in_the_app()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var keen = await app.CreateUserAsync(DyadRole.Contributor, scene.Slug);
        var quiet = await app.CreateUserAsync(DyadRole.Contributor, scene.Slug);
        var quietClient = await app.ApiClientAsync(quiet, scene.Slug);
        var chosen = await (await quietClient.PutJsonAsync(Preferences, new NotificationPreferencesDetails(EmailNegativeFeedback: false, null)))
            .ReadAsync<NotificationPreferencesView>();
        Assert.Equal((false, DigestFrequency.Daily), (chosen.EmailNegativeFeedback, chosen.Digest));
        await (await scene.Manager.PostJsonAsync("/api/v1/codebooks", new CodebookDraft("Service",
        [
            new("responsiveness", null, ["slow", "repl*"], keen.Id),
            new("documentation", null, ["drawing*"], quiet.Id),
        ]))).ReadAsync<CodebookView>(HttpStatusCode.Created);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.OpenQuestionsKey);

        await SubmitAsync(scene, survey, Slow);
        await RunTwiceOverAsync(ActionsTestScene.JustAfterNow());

        var email = Assert.Single(Mail(keen, "Negative feedback"));
        Assert.Contains("responsiveness", email.Subject);
        Assert.Contains($"{DistributionApp.PublicUrl}/feedback?keyword=responsiveness", email.TextBody);
        Assert.Contains("Harbour Cranes", email.TextBody);
        Assert.Empty(Mail(quiet, "Negative feedback"));
        var inApp = await (await quietClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        Assert.Contains("documentation", Assert.Single(inApp.Items).Text);
    }

    [Fact]
    public async Task A_digest_of_what_waits_goes_once_a_day_and_not_to_those_who_switched_it_off_or_have_nothing_waiting()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var now = ActionsTestScene.JustAfterNow();
        var overdue = await (await scene.Manager.PostJsonAsync("/api/v1/actions",
                new NewAction(ActionType.FollowUp, "Send the FAT report", scene.Account.Id, now.AddDays(-2), OwnerId: scene.Owner.Id)))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        await (await scene.Manager.PostJsonAsync("/api/v1/actions",
                new NewAction(ActionType.Improvement, "Agree a response time", scene.Account.Id, now.AddDays(5), OwnerId: scene.Owner.Id)))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        var switchedOff = await app.CreateUserAsync(DyadRole.Contributor, scene.Slug);
        var switchedOffClient = await app.ApiClientAsync(switchedOff, scene.Slug);
        await (await scene.Manager.PostJsonAsync("/api/v1/actions",
                new NewAction(ActionType.FollowUp, "Call the buyer", scene.Account.Id, now.AddDays(1), OwnerId: switchedOff.Id)))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        await (await switchedOffClient.PutJsonAsync(Preferences, new NotificationPreferencesDetails(null, DigestFrequency.Off)))
            .ReadAsync<NotificationPreferencesView>();
        var idle = await app.CreateUserAsync(DyadRole.Viewer, scene.Slug);

        await RunTwiceOverAsync(now);

        var digest = Assert.Single(Mail(scene.Owner, $"Workspace {scene.Slug}: your daily digest"));
        Assert.Contains("Overdue actions (1)", digest.TextBody);
        Assert.Contains($"Send the FAT report (Harbour Cranes), due {overdue.DueAt:yyyy-MM-dd}", digest.TextBody);
        Assert.Contains($"{DistributionApp.PublicUrl}/actions/{overdue.Id}", digest.TextBody);
        Assert.Contains("Your other open actions (1)", digest.TextBody);
        Assert.Empty(app.Smtp.MessagesTo(switchedOff.Email));
        Assert.Empty(app.Smtp.MessagesTo(idle.Email));

        await RunTwiceOverAsync(now.AddDays(1));
        Assert.Equal(2, Mail(scene.Owner, $"Workspace {scene.Slug}: your daily digest").Count);
        Assert.Empty(app.Smtp.MessagesTo(switchedOff.Email));
    }

    [Fact]
    public async Task Each_user_reads_and_sets_only_their_own_preferences_and_a_field_left_out_keeps_its_value()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var defaults = await (await scene.OwnerClient.GetAsync(Preferences)).ReadAsync<NotificationPreferencesView>();
        Assert.Equal((true, DigestFrequency.Daily), (defaults.EmailNegativeFeedback, defaults.Digest));

        await (await scene.OwnerClient.PutJsonAsync(Preferences, new NotificationPreferencesDetails(false, null))).ReadAsync<NotificationPreferencesView>();
        var weekly = await (await scene.OwnerClient.PutJsonAsync(Preferences, new NotificationPreferencesDetails(null, DigestFrequency.Weekly)))
            .ReadAsync<NotificationPreferencesView>();

        Assert.Equal((false, DigestFrequency.Weekly), (weekly.EmailNegativeFeedback, weekly.Digest));
        Assert.Equal(weekly, await (await scene.OwnerClient.GetAsync(Preferences)).ReadAsync<NotificationPreferencesView>());
        Assert.Equal(defaults, await (await scene.Manager.GetAsync(Preferences)).ReadAsync<NotificationPreferencesView>());
    }
}

public sealed class NotificationEmailTestsOnSqlite(SqliteDistributionApp app) : NotificationEmailTests<SqliteDistributionApp>(app);

public sealed class NotificationEmailTestsOnPostgres(PostgresDistributionApp app) : NotificationEmailTests<PostgresDistributionApp>(app);
