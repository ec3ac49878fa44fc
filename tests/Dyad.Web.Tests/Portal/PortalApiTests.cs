using System.Net;
using System.Net.Http.Headers;
using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Journeys;
using Dyad.Core.Portal;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Alerts;
using Dyad.Data.Journeys;
using Dyad.Data.Portal;
using Dyad.Data.Users;
using Dyad.Web.Portal;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Portal;

/// <summary>
/// The portal through real HTTP: customers invited by e-mail and signed in by link or password, each seeing only their own
/// account, documents with versions and one e-mail per update to followers, routed questions and the shared task list.
/// Each test makes accounts of its own.
/// </summary>
public abstract class PortalApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    private sealed record Scene(HttpClient Staff, UserView Manager, Guid AccountId, Guid JourneyId, Guid StakeholderId, string Email);

    private async Task<Scene> NewAccountAsync(UserView? manager = null)
    {
        manager ??= await app.CreateUserAsync(DyadRole.AccountManager);
        var staff = await app.ApiClientAsync(manager);
        var account = await (await staff.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Portal test {Guid.NewGuid():N}", RelationshipType.Relational, OwnerId: manager.Id))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var email = $"buyer-{Guid.NewGuid():N}@customer.example";
        var stakeholder = await (await staff.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Anna Virtanen", email, "Project engineer", "Engineering", HierarchyLevel.Middle, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var templates = await (await staff.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>();
        var eto = templates.Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);
        var journey = await (await staff.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(eto.Id, "Filling line")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        return new Scene(staff, manager, account.Id, journey.Id, stakeholder.Id, email);
    }

    private static async Task<InviteCustomerResult> InviteAsync(Scene scene) =>
        await (await scene.Staff.PostJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/users", new InviteCustomerRequest(scene.StakeholderId)))
            .ReadAsync<InviteCustomerResult>(HttpStatusCode.Created);

    private async Task<HttpClient> CustomerAsync(Scene scene) => await app.CustomerClientAsync((await InviteAsync(scene)).Link);

    private static async Task<DocumentView> UploadAsync(Scene scene, string title, string fileName = "layout.pdf", string content = "%PDF-1.4 drawing")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { new StringContent("drawing"), "kind" },
            { new StringContent(scene.Manager.Id.ToString()), "ownerId" },
            { File(fileName, content), "file", fileName },
        };
        return await (await scene.Staff.PostAsync($"/api/v1/accounts/{scene.AccountId}/portal/documents", form)).ReadAsync<DocumentView>(HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> UploadVersionAsync(Scene scene, Guid documentId, string fileName, string content)
    {
        using var form = new MultipartFormDataContent { { File(fileName, content), "file", fileName }, { new StringContent("Revised after review"), "note" } };
        return await scene.Staff.PostAsync($"/api/v1/accounts/{scene.AccountId}/portal/documents/{documentId}/versions", form);
    }

    private static ByteArrayContent File(string name, string content)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return file;
    }

    [Fact]
    public async Task Invitation_is_emailed_and_its_link_signs_in_once()
    {
        var scene = await NewAccountAsync();

        var invitation = await InviteAsync(scene);

        Assert.True(invitation.Emailed);
        var email = Assert.Single(app.Smtp.MessagesTo(scene.Email));
        Assert.Contains(invitation.Link, email.TextBody);
        Assert.True((await app.TryLinkAsync(invitation.Link)).SignedIn);
        Assert.False((await app.TryLinkAsync(invitation.Link)).SignedIn);
        Assert.False((await app.TryLinkAsync(invitation.Link[..^4] + "AAAA")).SignedIn);
    }

    [Fact]
    public async Task Links_are_stored_only_as_hashes_of_256_random_bits()
    {
        var scene = await NewAccountAsync();
        var secret = (await InviteAsync(scene)).Link.Split('/')[^1];

        var stored = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().CustomerSignInLinks.Where(l => l.Hash == CustomerSignInLink.HashOf(secret)).ToListAsync());

        var link = Assert.Single(stored);
        Assert.NotEqual(secret, link.Hash);
        Assert.Equal(32, Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/') + "=").Length);
    }

    [Fact]
    public async Task A_customer_gets_404_for_everything_of_another_account()
    {
        var mine = await NewAccountAsync();
        var theirs = await NewAccountAsync();
        var customer = await CustomerAsync(mine);
        var document = await UploadAsync(theirs, "Their secret drawing");
        var task = await (await theirs.Staff.PostJsonAsync($"/api/v1/accounts/{theirs.AccountId}/portal/tasks",
            new SharedTaskRequest("Their task", TaskSide.Provider, null, null))).ReadAsync<SharedTaskView>(HttpStatusCode.Created);
        var version = document.Versions.Single().Id;

        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/api/v1/portal/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/api/v1/portal/documents/{document.Id}/versions/{version}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.PutJsonAsync($"/api/v1/portal/documents/{document.Id}/follow", new FollowRequest(true))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.PutJsonAsync($"/api/v1/portal/tasks/{task.Id}",
            new SharedTaskRequest("Taken over", TaskSide.Customer, null, null, true))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/portal/documents/{document.Id}")).StatusCode);
        var home = await (await customer.GetAsync("/api/v1/portal")).ReadAsync<PortalHome>();
        Assert.Empty(home.Documents);
        Assert.Empty(home.Tasks);
        var asked = await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("What is in it?", DocumentId: document.Id));
        Assert.Contains("There is no such document in your portal.", (await asked.ValidationErrorsAsync())["documentId"]);
    }

    [Fact]
    public async Task A_customer_is_refused_by_staff_pages_and_APIs()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);

        foreach (var path in new[] { "/api/v1/accounts", $"/api/v1/accounts/{scene.AccountId}", $"/api/v1/accounts/{scene.AccountId}/portal/preview",
                     "/api/v1/surveys", "/api/v1/portal-topics" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync(path)).StatusCode);
        }
        var page = await customer.GetAsync("/accounts");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/portal/sign-in", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync("/api/v1/portal")).StatusCode);
    }

    [Fact]
    public async Task A_staff_token_does_not_open_the_customer_API()
    {
        var scene = await NewAccountAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await scene.Staff.GetAsync("/api/v1/portal")).StatusCode);
    }

    [Fact]
    public async Task A_customer_sets_a_password_and_signs_in_with_it_until_access_is_revoked()
    {
        var scene = await NewAccountAsync();
        var invitation = await InviteAsync(scene);
        var customer = await app.CustomerClientAsync(invitation.Link);

        var tooShort = await customer.PutJsonAsync("/api/v1/portal/password", new PasswordRequest("short"));
        Assert.Contains("password", (await tooShort.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await customer.PutJsonAsync("/api/v1/portal/password", new PasswordRequest("a long passphrase"))).StatusCode);

        Assert.False((await app.TryPasswordAsync(scene.Email, "a wrong passphrase")).SignedIn);
        var (byPassword, signedIn) = await app.TryPasswordAsync(scene.Email.ToUpperInvariant(), "a long passphrase");
        Assert.True(signedIn);

        await scene.Staff.DeleteAsync($"/api/v1/accounts/{scene.AccountId}/portal/users/{invitation.User.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await byPassword.GetAsync("/api/v1/portal")).StatusCode);
        Assert.False((await app.TryPasswordAsync(scene.Email, "a long passphrase")).SignedIn);
    }

    [Fact]
    public async Task Customer_sees_the_current_phase_and_the_milestones_their_owners_keep()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);
        var milestone = await (await scene.Staff.PostJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/milestones",
                new MilestoneRequest(scene.JourneyId, 2, "Layout drawings approved", new DateOnly(2026, 12, 4), scene.Manager.Id)))
            .ReadAsync<MilestoneView>(HttpStatusCode.Created);
        await scene.Staff.PostJsonAsync($"/api/v1/journeys/{scene.JourneyId}/phase", new PhaseMove(2));

        var journey = Assert.Single(await (await customer.GetAsync("/api/v1/portal/journeys")).ReadAsync<List<PortalJourneyView>>());
        Assert.Equal("engineering", journey.CurrentPhaseName.ToLowerInvariant());
        Assert.Equal(["Layout drawings approved"], journey.Phases.Single(p => p.IsCurrent).Milestones.Select(m => m.Title));

        var colleague = await app.ApiClientAsync(DyadRole.Contributor);
        var refused = await colleague.PutJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/milestones/{milestone.Id}",
            new MilestoneRequest(scene.JourneyId, 2, "Layout drawings approved", new DateOnly(2026, 12, 11), scene.Manager.Id));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Completing_a_milestone_invites_the_portal_users_to_its_pulse_survey_once()
    {
        var scene = await NewAccountAsync();
        await CustomerAsync(scene);
        var surveyId = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().Surveys.Where(s => s.Status == Core.Surveys.SurveyStatus.Open).Select(s => s.Id).FirstAsync());
        var request = new MilestoneRequest(scene.JourneyId, 4, "Factory acceptance test passed", null, scene.Manager.Id, PulseSurveyId: surveyId);
        var milestone = await (await scene.Staff.PostJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/milestones", request))
            .ReadAsync<MilestoneView>(HttpStatusCode.Created);
        var url = $"/api/v1/accounts/{scene.AccountId}/portal/milestones/{milestone.Id}";

        await (await scene.Staff.PutJsonAsync(url, request with { CompletedOn = new DateOnly(2026, 11, 20) })).ReadAsync<MilestoneView>();
        await (await scene.Staff.PutJsonAsync(url, request)).ReadAsync<MilestoneView>();
        await (await scene.Staff.PutJsonAsync(url, request with { CompletedOn = new DateOnly(2026, 11, 21) })).ReadAsync<MilestoneView>();

        var invitations = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().SurveyInvitations.Where(i => i.StakeholderId == scene.StakeholderId && i.SurveyId == surveyId).ToListAsync());
        var invitation = Assert.Single(invitations);
        Assert.Equal(scene.JourneyId, invitation.Context.JourneyId);
        Assert.Equal(4, invitation.Context.Phase);
    }

    [Fact]
    public async Task Customer_downloads_every_version_and_a_follower_gets_one_email_per_update()
    {
        var scene = await NewAccountAsync();
        var follower = await CustomerAsync(scene);
        var document = await UploadAsync(scene, "General arrangement drawing", content: "%PDF-1.4 version one");
        Assert.Equal(HttpStatusCode.NoContent, (await follower.PutJsonAsync($"/api/v1/portal/documents/{document.Id}/follow", new FollowRequest(true))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await follower.PutJsonAsync($"/api/v1/portal/documents/{document.Id}/follow", new FollowRequest(true))).StatusCode);

        var updated = await (await UploadVersionAsync(scene, document.Id, "layout-v2.pdf", "%PDF-1.4 version two")).ReadAsync<DocumentView>();
        await app.Services.GetRequiredService<PortalMail>().SendNoticesAsync();

        var notice = Assert.Single(app.Smtp.MessagesTo(scene.Email), m => m.Subject?.StartsWith("New version of", StringComparison.Ordinal) == true);
        Assert.Equal("New version of General arrangement drawing (v2)", notice.Subject);
        Assert.Equal(2, updated.Versions.Count);
        var history = await (await follower.GetAsync($"/api/v1/portal/documents/{document.Id}")).ReadAsync<DocumentView>();
        Assert.Equal([2, 1], history.Versions.Select(v => v.Number));
        Assert.Equal("%PDF-1.4 version one", await follower.GetStringAsync($"/api/v1/portal/documents/{document.Id}/versions/{history.Versions[1].Id}/file"));
        Assert.Equal("%PDF-1.4 version two", await follower.GetStringAsync($"/api/v1/portal/documents/{document.Id}/versions/{history.Versions[0].Id}/file"));
    }

    [Fact]
    public async Task A_file_of_a_refused_type_gets_a_message_that_names_the_accepted_ones()
    {
        var scene = await NewAccountAsync();
        var document = await UploadAsync(scene, "Specification");

        var refused = await UploadVersionAsync(scene, document.Id, "setup.exe", "MZ");

        var message = Assert.Single((await refused.ValidationErrorsAsync())["file"]);
        Assert.Contains("'.exe' are not accepted", message);
        Assert.Contains(".pdf", message);
    }

    [Fact]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused()
    {
        var scene = await NewAccountAsync();
        var document = await UploadAsync(scene, "Specification");

        var storage = app.Services.GetRequiredService<PortalSettings>().StorageFolder;
        var storedBefore = Directory.GetFiles(storage).Length;

        var disguised = await UploadVersionAsync(scene, document.Id, "drawing.pdf", "<html><script>alert(1)</script></html>");

        Assert.Contains("not that of a .pdf file", Assert.Single((await disguised.ValidationErrorsAsync())["file"]));
        Assert.Equal(storedBefore, Directory.GetFiles(storage).Length);
    }

    [Fact]
    public async Task A_question_goes_to_the_document_owner_who_answers_and_the_log_measures_the_wait()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);
        var engineer = await app.CreateUserAsync(DyadRole.Contributor);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("FAT report"), "title" }, { new StringContent("fat_report"), "kind" },
            { new StringContent(engineer.Id.ToString()), "ownerId" }, { File("fat.pdf", "%PDF-1.4 report"), "file", "fat.pdf" },
        };
        var document = await (await scene.Staff.PostAsync($"/api/v1/accounts/{scene.AccountId}/portal/documents", form)).ReadAsync<DocumentView>(HttpStatusCode.Created);

        var asked = await (await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("Was the pump tested at full load?", DocumentId: document.Id)))
            .ReadAsync<QuestionView>(HttpStatusCode.Created);

        Assert.Equal(engineer.Id, asked.ExpertId);
        var logged = Assert.Single((await (await scene.Staff.GetAsync($"/api/v1/accounts/{scene.AccountId}/communications")).ReadAsync<CommunicationTimeline>()).Items);
        Assert.Equal((CommunicationKind.Question, Channel.Portal, scene.StakeholderId, (DateTimeOffset?)null),
            (logged.Kind, logged.Channel!.Value, logged.StakeholderId!.Value, logged.AnsweredAt));

        var expert = await app.ApiClientAsync(engineer);
        await (await expert.PostJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/questions/{asked.Id}/answer", new AnswerRequest("Yes, for four hours.")))
            .ReadAsync<QuestionView>();

        var seen = Assert.Single(await (await customer.GetAsync("/api/v1/portal/questions")).ReadAsync<List<QuestionView>>());
        Assert.Equal(("Yes, for four hours.", engineer.DisplayName), (seen.Answer, seen.AnsweredBy));
        var answered = Assert.Single((await (await scene.Staff.GetAsync($"/api/v1/accounts/{scene.AccountId}/communications")).ReadAsync<CommunicationTimeline>()).Items);
        Assert.Equal(seen.AnsweredAt, answered.AnsweredAt);
    }

    [Fact]
    public async Task A_general_question_goes_to_the_topics_expert()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);
        var admin = await app.ApiClientAsync(DyadRole.Admin);
        var expert = await app.CreateUserAsync(DyadRole.Contributor);
        var topic = await (await admin.PostJsonAsync("/api/v1/portal-topics", new TopicRequest($"Hydraulics {Guid.NewGuid():N}", expert.Id))).ReadAsync<TopicView>();

        var asked = await (await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("Which oil grade?", TopicId: topic.Id)))
            .ReadAsync<QuestionView>(HttpStatusCode.Created);
        var general = await (await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("Who do I call?")))
            .ReadAsync<QuestionView>(HttpStatusCode.Created);

        Assert.Equal(expert.Id, asked.ExpertId);
        Assert.Equal(scene.Manager.Id, general.ExpertId);
    }

    [Fact]
    public async Task The_task_list_is_shared_both_ways()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);
        var task = await (await customer.PostJsonAsync("/api/v1/portal/tasks", new SharedTaskRequest("Send the site drawings", TaskSide.Provider, "Laura", new DateOnly(2026, 12, 1))))
            .ReadAsync<SharedTaskView>(HttpStatusCode.Created);

        await (await scene.Staff.PutJsonAsync($"/api/v1/accounts/{scene.AccountId}/portal/tasks/{task.Id}",
            new SharedTaskRequest(task.Title, task.Side, task.Assignee, task.DueOn, Done: true))).ReadAsync<SharedTaskView>();

        var seen = Assert.Single(await (await customer.GetAsync("/api/v1/portal/tasks")).ReadAsync<List<SharedTaskView>>());
        Assert.True(seen.Done);
        Assert.Equal(scene.Manager.DisplayName, seen.DoneBy);
    }

    [Fact]
    public async Task The_provider_sees_visits_and_open_questions_by_age()
    {
        var scene = await NewAccountAsync();
        var customer = await CustomerAsync(scene);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync("/portal")).StatusCode);
        await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("First question"));
        await customer.PostJsonAsync("/api/v1/portal/questions", new AskRequest("Second question"));

        var visit = Assert.Single(await (await scene.Staff.GetAsync($"/api/v1/accounts/{scene.AccountId}/portal/visits")).ReadAsync<List<VisitView>>());
        Assert.Equal("Anna Virtanen", visit.Name);
        var questions = await (await scene.Staff.GetAsync($"/api/v1/accounts/{scene.AccountId}/portal/questions")).ReadAsync<List<QuestionView>>();
        Assert.Equal(["First question", "Second question"], questions.Select(q => q.Text));
    }
}

public sealed class PortalApiTestsOnSqlite(SqliteDistributionApp app) : PortalApiTests<SqliteDistributionApp>(app);

public sealed class PortalApiTestsOnPostgres(PostgresDistributionApp app) : PortalApiTests<PostgresDistributionApp>(app);
