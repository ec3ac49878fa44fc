using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Privacy;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Alerts;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Privacy;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Privacy;

/// <summary>A person's data exported and erased on request, and retention periods applied, through the API.</summary>
public abstract class PrivacyApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private sealed record Person(HttpClient Admin, string Workspace, Guid AccountId, StakeholderView Stakeholder, SurveyView Survey,
        SurveyResponseView Response, InvitationView Invitation);

    /// <summary>A person in a workspace of their own with a response, an invitation, a communication and a note naming them.</summary>
    private async Task<Person> PersonAsync()
    {
        var workspace = $"privacy-{Guid.NewGuid():N}"[..20];
        var admin = await app.ApiClientAsync(DyadRole.Admin, workspace);
        var name = $"Anna Virtanen {Guid.NewGuid():N}"[..22];
        var account = await (await admin.PostJsonAsync("/api/v1/accounts", new AccountDetails("Rautaruukki", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var person = await (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails(name, "anna.virtanen@customer.example", "Production manager", "Production", HierarchyLevel.Middle,
                    BuyingCentreRole.User, true)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var draft = await (await admin.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Pulse", BuiltInInstruments.NpsKey)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        var survey = await (await admin.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails("Pulse", BuiltInInstruments.NpsKey, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
        var response = await (await admin.PostJsonAsync($"/api/v1/surveys/{survey.Id}/responses",
                new NewSurveyResponse(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: 9) }, account.Id, person.Id)))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        var invitation = Assert.Single(await (await admin.PostJsonAsync($"/api/v1/surveys/{survey.Id}/invitations",
            new InviteRequest(StakeholderIds: [person.Id]))).ReadAsync<List<InvitationView>>());
        (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/communications",
            new CommunicationDetails(CommunicationKind.Question, DateTimeOffset.UtcNow.AddHours(-2), "When is the acceptance test?", person.Id,
                Channel.Email))).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/feedback/notes", new EmployeeNoteDetails($"{name} wants weekly status calls.",
            EmployeeNoteKind.AccountReview, "John", DateOnly.FromDateTime(DateTime.UtcNow), account.Id))).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/feedback/notes", new EmployeeNoteDetails("Nobody in particular is named here.",
            EmployeeNoteKind.AccountReview, "John", DateOnly.FromDateTime(DateTime.UtcNow), account.Id))).EnsureSuccessStatusCode();
        return new Person(admin, workspace, account.Id, person, survey, response, invitation);
    }

    [Fact]
    public async Task The_export_holds_the_persons_details_responses_invitations_communications_and_the_notes_naming_them()
    {
        var p = await PersonAsync();

        var response = await p.Admin.GetAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}/personal-data");

        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var export = await response.ReadAsync<PersonalDataExport>();
        Assert.Equal((p.Stakeholder.Name, "anna.virtanen@customer.example", "Rautaruukki"),
            (export.Stakeholder.Name, export.Stakeholder.Email, export.Stakeholder.AccountName));
        var answered = Assert.Single(export.Responses);
        Assert.Equal((p.Response.Id, "Pulse", 9), (answered.Id, answered.SurveyName, answered.Answers[BuiltInInstruments.ScoreQuestion].Number));
        Assert.Equal("anna.virtanen@customer.example", Assert.Single(export.Invitations).Email);
        Assert.Equal("When is the acceptance test?", Assert.Single(export.Communications).Details.Summary);
        Assert.Equal($"{p.Stakeholder.Name} wants weekly status calls.", Assert.Single(export.NotesMentioning).Text);
    }

    [Fact]
    public async Task Erasure_anonymises_the_person_keeps_their_answers_and_leaves_no_trace_of_them_in_the_audit_log()
    {
        var p = await PersonAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await p.Admin.PostAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}/erase", null)).StatusCode);

        var erased = await (await p.Admin.GetAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}")).ReadAsync<StakeholderView>();
        Assert.Equal((Stakeholder.ErasedName, null, null, null), (erased.Name, erased.Email, erased.JobTitle, erased.Function));
        Assert.Equal(BuyingCentreRole.User, erased.BuyingCentreRole);
        var kept = await (await p.Admin.GetAsync($"/api/v1/surveys/{p.Survey.Id}/responses/{p.Response.Id}")).ReadAsync<SurveyResponseView>();
        Assert.Equal(9, kept.Answers[BuiltInInstruments.ScoreQuestion].Number);
        var invitation = await (await p.Admin.GetAsync($"/api/v1/surveys/{p.Survey.Id}/invitations/{p.Invitation.Id}")).ReadAsync<InvitationView>();
        Assert.Null(invitation.Email);
        var export = await (await p.Admin.GetAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}/personal-data")).ReadAsync<PersonalDataExport>();
        Assert.NotNull(export.Stakeholder.ErasedAt);

        var log = await (await p.Admin.GetAsync($"/api/v1/audit?entityId={p.Stakeholder.Id}")).ReadAsync<CursorPage<AuditEntryView>>();
        Assert.Contains(log.Items, e => e.Action == AuditAction.Modified && e.Changes.Any(c => c.Property == "ErasedAt" && c.New is not null));
        var csv = await (await p.Admin.GetAsync("/api/v1/audit/export.csv")).Content.ReadAsStringAsync();
        Assert.Contains(p.Stakeholder.Id.ToString(), csv);
        Assert.DoesNotContain(p.Stakeholder.Name, csv.Replace($"{p.Stakeholder.Name} wants", ""));
        Assert.DoesNotContain("anna.virtanen@customer.example", csv);
        Assert.DoesNotContain("Production manager", csv);
    }

    [Fact]
    public async Task The_account_page_offers_export_and_erasure_to_admins_only()
    {
        var p = await PersonAsync();
        var admin = await app.SignedInClientAsync((await app.CreateUserAsync(DyadRole.Admin, p.Workspace)).Email, DyadApp.Password);
        var manager = await app.SignedInClientAsync((await app.CreateUserAsync(DyadRole.AccountManager, p.Workspace)).Email, DyadApp.Password);

        var adminPage = await admin.GetStringAsync($"/accounts/{p.AccountId}");
        var managerPage = await manager.GetStringAsync($"/accounts/{p.AccountId}");

        Assert.Contains($"/api/v1/stakeholders/{p.Stakeholder.Id}/personal-data", adminPage);
        Assert.Contains($"Erase {p.Stakeholder.Name}", adminPage);
        Assert.Contains(p.Stakeholder.Name, managerPage);
        Assert.DoesNotContain("personal-data", managerPage);
    }

    [Fact]
    public async Task Only_admins_export_erase_or_set_retention()
    {
        var p = await PersonAsync();
        var manager = await app.ApiClientAsync(DyadRole.CxManager, p.Workspace);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}/erase", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutJsonAsync("/api/v1/privacy/retention", new RetentionDetails(1, 1))).StatusCode);
        var untouched = await (await manager.GetAsync($"/api/v1/stakeholders/{p.Stakeholder.Id}")).ReadAsync<StakeholderView>();
        Assert.Equal(p.Stakeholder.Name, untouched.Name);
    }

    [Fact]
    public async Task Retention_deletes_old_invitations_and_unlinks_old_responses_from_their_person_keeping_the_answers()
    {
        var p = await PersonAsync();
        var refused = await (await p.Admin.PutJsonAsync("/api/v1/privacy/retention", new RetentionDetails(0, 12))).ValidationErrorsAsync();
        Assert.Equal("invitationmonths", Assert.Single(refused.Keys).ToLowerInvariant());
        await (await p.Admin.PutJsonAsync("/api/v1/privacy/retention", new RetentionDetails(6, 12))).ReadAsync<RetentionDetails>();

        var none = await ApplyAsync(p, monthsLater: 5);
        var sevenMonths = await ApplyAsync(p, monthsLater: 7);
        var thirteenMonths = await ApplyAsync(p, monthsLater: 13);

        Assert.Equal(new RetentionResult(0, 0), none);
        Assert.Equal(new RetentionResult(1, 0), sevenMonths);
        Assert.Equal(new RetentionResult(0, 1), thirteenMonths);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Admin.GetAsync($"/api/v1/surveys/{p.Survey.Id}/invitations/{p.Invitation.Id}")).StatusCode);
        var kept = await (await p.Admin.GetAsync($"/api/v1/surveys/{p.Survey.Id}/responses/{p.Response.Id}")).ReadAsync<SurveyResponseView>();
        Assert.Equal((null, p.AccountId, 9), (kept.StakeholderId, kept.AccountId, kept.Answers[BuiltInInstruments.ScoreQuestion].Number));
    }

    /// <summary>The daily job's work on the person's workspace, as if it ran this many months from now.</summary>
    private Task<RetentionResult> ApplyAsync(Person p, int monthsLater) =>
        app.InWorkspaceAsync(p.Workspace, services => services.GetRequiredService<RetentionService>().ApplyAsync(DateTimeOffset.UtcNow.AddMonths(monthsLater)));
}

public sealed class PrivacyApiOnSqlite(SqliteApp app) : PrivacyApiTests<SqliteApp>(app);

public sealed class PrivacyApiOnPostgres(PostgresApp app) : PrivacyApiTests<PostgresApp>(app);
