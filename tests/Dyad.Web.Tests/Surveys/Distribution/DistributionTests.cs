using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Touchpoints;
using Dyad.Web.Surveys.Distribution;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Dyad.Web.Tests.Surveys.Distribution;

/// <summary>
/// Sending surveys end to end: triggers fire on what happens in journeys, e-mails reach a real SMTP server, and the
/// scheduler never sends twice. Each test works in a workspace of its own, so the fatigue cap and the scheduler's
/// passes see only its people.
/// </summary>
public abstract class DistributionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    /// <summary>A customer with a decision-maker and a user, a journey with a kick-off meeting, and an open NPS survey.</summary>
    private sealed record Scene(string Workspace, HttpClient Manager, Guid AccountId, Stakeholder DecisionMaker, Stakeholder User, Guid JourneyId,
        Guid TemplateId, Guid TouchpointId, SurveyView Survey);

    private async Task<Scene> SetUpAsync(string segment = "Manufacturing")
    {
        var slug = $"w{Guid.NewGuid():N}"[..20];
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var (account, decisionMaker, user, journey, touchpoint) = await app.InWorkspaceAsync(slug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var template = await db.JourneyTemplates.Include(t => t.Phases).SingleAsync(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);
            var account = new Account(db.Scope.Required, new AccountDetails($"Nordic Paper {slug}", RelationshipType.Relational, Segment: segment));
            var decisionMaker = new Stakeholder(account, new StakeholderDetails("Aino Virtanen", $"aino-{slug}@customer.example", "Plant manager",
                "Operations", HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true));
            var user = new Stakeholder(account, new StakeholderDetails("Mikko Laine", $"mikko-{slug}@customer.example", "Engineer",
                "Maintenance", HierarchyLevel.Operational, BuyingCentreRole.User, false));
            var journey = new Journey(account.Id, template, "Paper machine rebuild", "test", DateTimeOffset.UtcNow.AddDays(-30));
            var touchpoint = new Touchpoint(journey, template, new TouchpointDetails("Kick-off meeting", 1, Channel.Meeting, EncounterType.Communication,
                TouchpointController.Supplier, Visibility.Frontstage));
            db.AddRange(account, decisionMaker, user, journey, touchpoint);
            await db.SaveChangesAsync();
            return (account, decisionMaker, user, journey, touchpoint);
        });
        var name = $"Order-delivery NPS {slug}";
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, BuiltInInstruments.NpsKey)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        var survey = await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, BuiltInInstruments.NpsKey, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
        return new Scene(slug, manager, account.Id, decisionMaker, user, journey.Id, journey.TemplateId, touchpoint.Id, survey);
    }

    private static Task<DispatchResult> RunSchedulerAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<SurveyDispatcher>().RunOnceAsync(now);

    private Task<DispatchResult> RunSchedulerAsync(DateTimeOffset now) => RunSchedulerAsync(app.Services, now);

    private static async Task<IReadOnlyList<InvitationView>> InvitationsAsync(Scene scene, string query = "") =>
        await (await scene.Manager.GetAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations{query}")).ReadItemsAsync<InvitationView>();

    private static async Task<TriggerView> AddKickOffTriggerAsync(Scene scene, TriggerAudience audience = TriggerAudience.Involved) =>
        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/triggers",
                new TriggerDetails("After the kick-off", TriggerKind.TouchpointOccurred, audience, TouchpointId: scene.TouchpointId)))
            .ReadAsync<TriggerView>(HttpStatusCode.Created);

    private static async Task RecordKickOffAsync(Scene scene, params Guid[] involved) =>
        await (await scene.Manager.PostJsonAsync($"/api/v1/touchpoints/{scene.TouchpointId}/occurrences",
            new OccurrenceDetails(DateTimeOffset.UtcNow, "Kick-off held at the mill", involved))).ReadAsync<OccurrenceView>(HttpStatusCode.Created);

    private static string Text(MimeMessage message) => message.TextBody ?? "";

    [Fact]
    public async Task A_touchpoint_occurrence_fires_the_trigger_and_the_email_with_the_personal_link_arrives()
    {
        var scene = await SetUpAsync();
        await AddKickOffTriggerAsync(scene);

        await RecordKickOffAsync(scene, scene.DecisionMaker.Id);
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var invitation = Assert.Single(await InvitationsAsync(scene));
        Assert.Equal(InvitationStatus.Sent, invitation.Status);
        Assert.Equal(scene.DecisionMaker.Id, invitation.StakeholderId);
        Assert.Equal(new SurveyContext(scene.JourneyId, 1, scene.TouchpointId), invitation.Context);
        Assert.StartsWith($"{DistributionApp.PublicUrl}/s/", invitation.Link, StringComparison.Ordinal);
        var email = Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
        Assert.Contains(invitation.Link!, Text(email), StringComparison.Ordinal);
        Assert.Contains(invitation.Link!, email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(scene.Survey.Name, email.Subject, StringComparison.Ordinal);
        Assert.Contains($"Workspace {scene.Workspace}", email.Subject, StringComparison.Ordinal);
        Assert.Empty(app.Smtp.MessagesTo(scene.User.Email!));
    }

    [Fact]
    public async Task Two_instances_at_once_a_second_pass_and_a_restarted_app_send_each_invitation_once()
    {
        var scene = await SetUpAsync();
        await AddKickOffTriggerAsync(scene, TriggerAudience.All);
        await RecordKickOffAsync(scene);
        var now = DateTimeOffset.UtcNow.AddMinutes(1);

        await using (var second = app.WithWebHostBuilder(_ => { }))
        {
            await Task.WhenAll(RunSchedulerAsync(now), RunSchedulerAsync(second.Services, now));
        }
        await RunSchedulerAsync(now.AddMinutes(1));
        await using (var restarted = app.WithWebHostBuilder(_ => { }))
        {
            await RunSchedulerAsync(restarted.Services, now.AddMinutes(2));
        }

        Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
        Assert.Single(app.Smtp.MessagesTo(scene.User.Email!));
        Assert.Equal(2, (await InvitationsAsync(scene)).Count);
    }

    [Fact]
    public async Task The_fatigue_cap_stops_a_second_invitation_to_the_same_person_and_says_why()
    {
        var scene = await SetUpAsync();
        await AddKickOffTriggerAsync(scene);
        await RecordKickOffAsync(scene, scene.DecisionMaker.Id);
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        await RecordKickOffAsync(scene, scene.DecisionMaker.Id);
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(2));

        var suppressed = Assert.Single(await InvitationsAsync(scene, "?status=suppressed"));
        var sent = Assert.Single(await InvitationsAsync(scene, "?status=sent"));
        Assert.Equal($"Skipped: invited on {sent.CreatedAt:yyyy-MM-dd}.", suppressed.SuppressedReason);
        Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
        var rates = await (await scene.Manager.GetAsync($"/api/v1/surveys/{scene.Survey.Id}/response-rates")).ReadAsync<ResponseRateReport>();
        Assert.Equal(1, rates.Overall.Invited);
    }

    [Fact]
    public async Task The_fatigue_cap_knows_a_bare_address_again_whatever_its_case()
    {
        var scene = await SetUpAsync();
        var address = $"Inkoop-{scene.Workspace}@Customer.example";

        var first = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: [address]))).ReadAsync<List<InvitationView>>();
        var second = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: [$" {address.ToLowerInvariant()} "]))).ReadAsync<List<InvitationView>>();

        Assert.Equal(InvitationStatus.Pending, Assert.Single(first).Status);
        Assert.Equal(InvitationStatus.Suppressed, Assert.Single(second).Status);
    }

    [Fact]
    public async Task The_fatigue_cap_knows_a_stakeholder_again_by_their_bare_address_and_the_other_way_round()
    {
        var scene = await SetUpAsync();

        var byName = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>();
        var byAddress = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: [scene.User.Email!.ToUpperInvariant()]))).ReadAsync<List<InvitationView>>();
        var bareFirst = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: [scene.DecisionMaker.Email!]))).ReadAsync<List<InvitationView>>();
        var thenByName = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.DecisionMaker.Id]))).ReadAsync<List<InvitationView>>();

        Assert.Equal(InvitationStatus.Pending, Assert.Single(byName).Status);
        Assert.Equal(InvitationStatus.Suppressed, Assert.Single(byAddress).Status);
        Assert.Equal(InvitationStatus.Pending, Assert.Single(bareFirst).Status);
        Assert.Equal(InvitationStatus.Suppressed, Assert.Single(thenByName).Status);
    }

    [Fact]
    public async Task Without_a_fatigue_cap_the_same_person_is_invited_again()
    {
        var scene = await SetUpAsync();
        await (await scene.Manager.PutJsonAsync("/api/v1/surveys/settings", DistributionRules.Default with { FatigueDays = 0 }))
            .ReadAsync<DistributionRules>();

        var first = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>();
        var second = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>();

        Assert.Equal(InvitationStatus.Pending, Assert.Single(first).Status);
        Assert.Equal(InvitationStatus.Pending, Assert.Single(second).Status);
        Assert.NotEqual(first[0].Link, second[0].Link);
    }

    [Fact]
    public async Task A_recipient_the_mail_server_refuses_is_marked_bounced_and_the_others_are_sent()
    {
        var scene = await SetUpAsync();
        var refused = $"{SmtpSink.RefusedPrefix}-{scene.Workspace}@customer.example";
        var accepted = $"buyer-{scene.Workspace}@customer.example";

        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: [refused, accepted]))).ReadAsync<List<InvitationView>>();
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var bounced = Assert.Single(await InvitationsAsync(scene, "?status=bounced"));
        Assert.Equal(refused, bounced.Email);
        Assert.Contains("550", bounced.BounceReason, StringComparison.Ordinal);
        Assert.Equal(accepted, Assert.Single(await InvitationsAsync(scene, "?status=sent")).Email);
        Assert.Single(app.Smtp.MessagesTo(accepted));
    }

    [Fact]
    public async Task A_mail_server_that_cannot_be_reached_leaves_the_invitation_pending_for_the_next_pass()
    {
        var scene = await SetUpAsync();
        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(AccountIds: [scene.AccountId], Audience: TriggerAudience.DecisionMakingUnit))).ReadAsync<List<InvitationView>>();
        var now = DateTimeOffset.UtcNow.AddMinutes(1);

        await using (var cutOff = app.WithWebHostBuilder(b => b.UseSetting("Dyad:Smtp:Port", SmtpSink.FreePort().ToString())))
        {
            await RunSchedulerAsync(cutOff.Services, now);
        }
        var waiting = Assert.Single(await InvitationsAsync(scene));
        await RunSchedulerAsync(now.AddMinutes(1));

        Assert.Equal(InvitationStatus.Pending, waiting.Status);
        Assert.Null(waiting.BouncedAt);
        Assert.Equal(InvitationStatus.Sent, Assert.Single(await InvitationsAsync(scene)).Status);
        Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
    }

    [Fact]
    public async Task Reminders_go_only_to_those_who_have_not_answered_and_stop_after_the_maximum()
    {
        var scene = await SetUpAsync();
        var invited = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(AccountIds: [scene.AccountId], Language: "nl"))).ReadAsync<List<InvitationView>>();
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        await RunSchedulerAsync(start);
        await app.InWorkspaceAsync(scene.Workspace, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var survey = await db.Surveys.SingleAsync(s => s.Id == scene.Survey.Id);
            var invitation = await db.SurveyInvitations.SingleAsync(i => i.StakeholderId == scene.DecisionMaker.Id);
            var response = survey.Respond(new NewSurveyResponse(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: 9) },
                scene.AccountId, scene.DecisionMaker.Id), start);
            db.SurveyResponses.Add(response);
            invitation.MarkAnswered(response, start);
            return await db.SaveChangesAsync();
        });

        foreach (var day in new[] { 1, 3, 4, 6, 9, 12 })
        {
            await RunSchedulerAsync(start.AddDays(day).AddMinutes(1));
        }

        Assert.Equal(2, invited.Count);
        var toUser = app.Smtp.MessagesTo(scene.User.Email!).Select(m => m.Subject ?? "").ToList();
        Assert.Equal(3, toUser.Count);
        Assert.Single(toUser, s => s.StartsWith($"Workspace {scene.Workspace} hoort graag uw mening", StringComparison.Ordinal));
        Assert.Equal(2, toUser.Count(s => s.StartsWith("Herinnering:", StringComparison.Ordinal)));
        Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
        var user = Assert.Single(await InvitationsAsync(scene, "?status=sent"));
        Assert.Equal(2, user.ReminderCount);
        var rates = await (await scene.Manager.GetAsync($"/api/v1/surveys/{scene.Survey.Id}/response-rates?by=role")).ReadAsync<ResponseRateReport>();
        Assert.Equal(0.5, rates.Overall.Rate);
        Assert.Equal([("decision_maker", 1), ("user", 0)], rates.Groups.Select(g => (g.Group, g.Answered)).OrderBy(g => g.Group));
    }

    [Fact]
    public async Task A_journey_entering_a_phase_invites_the_decision_making_unit_with_the_phase_as_context()
    {
        var scene = await SetUpAsync();
        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/triggers",
                new TriggerDetails("FAT done", TriggerKind.PhaseEntered, TriggerAudience.DecisionMakingUnit, TemplateId: scene.TemplateId, Phase: 4)))
            .ReadAsync<TriggerView>(HttpStatusCode.Created);

        await (await scene.Manager.PostJsonAsync($"/api/v1/journeys/{scene.JourneyId}/phase", new PhaseMove(4, "Factory acceptance test")))
            .ReadAsync<JourneyView>();
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var invitation = Assert.Single(await InvitationsAsync(scene));
        Assert.Equal(scene.DecisionMaker.Id, invitation.StakeholderId);
        Assert.Equal(new SurveyContext(scene.JourneyId, 4), invitation.Context);
        Assert.Single(app.Smtp.MessagesTo(scene.DecisionMaker.Email!));
    }

    [Fact]
    public async Task A_periodic_relationship_survey_invites_each_round_once_for_the_accounts_of_its_segment()
    {
        var scene = await SetUpAsync(segment: "Pulp and paper");
        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/triggers",
                new TriggerDetails("Half-yearly relationship survey", TriggerKind.Periodic, TriggerAudience.Users, Every: 6, Unit: PeriodUnit.Months,
                    Segment: "pulp and paper")))
            .ReadAsync<TriggerView>(HttpStatusCode.Created);
        var now = DateTimeOffset.UtcNow.AddMinutes(1);

        await RunSchedulerAsync(now);
        await RunSchedulerAsync(now.AddMonths(2));
        await RunSchedulerAsync(now.AddMonths(6).AddDays(1));

        var invitations = await InvitationsAsync(scene);
        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, i => Assert.Equal(scene.User.Id, i.StakeholderId));
        Assert.Equal(2, app.Smtp.MessagesTo(scene.User.Email!).Count(m => m.Subject?.StartsWith("Reminder:", StringComparison.Ordinal) == false));
    }

    [Fact]
    public async Task An_unsent_invitation_can_be_revoked_and_a_sent_one_cannot()
    {
        var scene = await SetUpAsync();
        var invitation = Assert.Single(await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>());
        var url = $"/api/v1/surveys/{scene.Survey.Id}/invitations/{invitation.Id}";

        Assert.Equal(HttpStatusCode.NoContent, (await scene.Manager.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scene.Manager.GetAsync(url)).StatusCode);

        await (await scene.Manager.PutJsonAsync("/api/v1/surveys/settings", DistributionRules.Default with { FatigueDays = 0 })).ReadAsync<DistributionRules>();
        var sent = Assert.Single(await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>());
        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(HttpStatusCode.Conflict, (await scene.Manager.DeleteAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations/{sent.Id}")).StatusCode);
    }

    [Fact]
    public async Task Invalid_invitations_and_triggers_are_400s_naming_the_field_and_viewers_cannot_invite()
    {
        var scene = await SetUpAsync();
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, scene.Workspace);

        var badEmail = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest(Emails: ["not an address"]))).ValidationErrorsAsync();
        var badTrigger = await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/triggers",
            new TriggerDetails("Phase 9", TriggerKind.PhaseEntered, TemplateId: scene.TemplateId, Phase: 9))).ValidationErrorsAsync();
        var forbidden = await viewer.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations", new InviteRequest([scene.User.Id]));

        Assert.Contains("emails[0]", badEmail.Keys);
        Assert.Contains("between 1 and 5", Assert.Single(badTrigger["phase"]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations")).StatusCode);
    }

    [Theory]
    [InlineData(DyadRole.Viewer, false)]
    [InlineData(DyadRole.CxManager, true)]
    public async Task The_distribution_page_lists_invitations_with_their_links_and_offers_inviting_to_those_who_configure(DyadRole role, bool mayInvite)
    {
        var scene = await SetUpAsync();
        var invitation = Assert.Single(await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations",
            new InviteRequest([scene.User.Id]))).ReadAsync<List<InvitationView>>());
        var user = await app.CreateUserAsync(role, scene.Workspace);
        var browser = await app.SignedInClientAsync(user.Email, DyadApp.Password);

        var page = await browser.GetStringAsync($"/surveys/{scene.Survey.Id}/distribution");

        Assert.Contains(invitation.Link!, page, StringComparison.Ordinal);
        Assert.Contains("Mikko Laine", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/surveys/{scene.Survey.Id}\"", page, StringComparison.Ordinal);
        Assert.Equal(mayInvite, page.Contains("Add trigger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_shows_a_round_in_every_state_and_a_scheduler_pass_sends_its_people_nothing()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var survey = ((await (await viewer.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items).Single(s => s.Name == DemoWorkspace.NpsSurvey);
        var invitations = await (await viewer.GetAsync($"/api/v1/surveys/{survey.Id}/invitations")).ReadItemsAsync<InvitationView>();
        var trigger = Assert.Single(await (await viewer.GetAsync($"/api/v1/surveys/{survey.Id}/triggers")).ReadAsync<List<TriggerView>>());

        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal((DemoWorkspace.FactoryAcceptanceTrigger, true), (trigger.Name, trigger.IsActive));
        Assert.Equal([InvitationStatus.Suppressed, InvitationStatus.Sent, InvitationStatus.Bounced, InvitationStatus.Opened, InvitationStatus.Started,
            InvitationStatus.Answered], invitations.Select(i => i.Status).Distinct().Order());
        Assert.All(invitations, i => Assert.Empty(app.Smtp.MessagesTo(i.Email!)));
    }

    [Fact]
    public async Task Another_workspace_sees_neither_the_invitations_nor_the_occurrences()
    {
        var scene = await SetUpAsync();
        await (await scene.Manager.PostJsonAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations", new InviteRequest([scene.User.Id])))
            .ReadAsync<List<InvitationView>>();
        await RecordKickOffAsync(scene);
        var stranger = await app.ApiClientAsync(DyadRole.Admin, $"x{scene.Workspace}"[..20]);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{scene.Survey.Id}/invitations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/touchpoints/{scene.TouchpointId}/occurrences")).StatusCode);
        Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/touchpoints/{scene.TouchpointId}/occurrences")).ReadItemsAsync<OccurrenceView>());
    }
}

public sealed class DistributionTestsOnSqlite(SqliteDistributionApp app) : DistributionTests<SqliteDistributionApp>(app);

public sealed class DistributionTestsOnPostgres(PostgresDistributionApp app) : DistributionTests<PostgresDistributionApp>(app);
