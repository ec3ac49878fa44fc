using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Feedback;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Feedback;

/// <summary>
/// Employee notes, the market information gap and siloed experiences through the API. Each test works in a workspace of
/// its own, so no test sees another's notes or answers.
/// </summary>
public abstract class EmployeeNotesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly DateOnly March = new(2026, 3, 12);

    private static readonly OwnedKeyword[] Keywords =
    [
        new("documentation", null, ["document*", "drawing*"]),
        new("flexibility", null, ["flexib*"]),
        new("price", null, ["pric*", "invoice*"]),
    ];

    private sealed record Workspace(HttpClient Manager, HttpClient Contributor, HttpClient Viewer);

    private async Task<Workspace> WorkspaceAsync()
    {
        var slug = $"notes-{Guid.NewGuid():N}"[..24];
        return new Workspace(await app.ApiClientAsync(DyadRole.CxManager, slug), await app.ApiClientAsync(DyadRole.Contributor, slug),
            await app.ApiClientAsync(DyadRole.Viewer, slug));
    }

    private static async Task<SurveyView> OpenSurveyAsync(HttpClient manager, string instrument)
    {
        var name = $"Survey {Guid.NewGuid():N}";
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, instrument, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        return await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, instrument, AllowAnonymous: true, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
    }

    private static async Task AnswerAsync(HttpClient client, Guid surveyId, Dictionary<string, Answer> answers, Guid? accountId = null,
        Guid? stakeholderId = null) =>
        await (await client.PostJsonAsync($"/api/v1/surveys/{surveyId}/responses", new SubmitResponseRequest(answers, accountId, stakeholderId)))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/feedback/notes/import", new MultipartFormDataContent { { new StringContent(csv), "file", "notes.csv" } });

    [Fact]
    public async Task A_note_is_kept_edited_and_removed_and_shows_in_the_inbox_as_the_employees_voice_coded_by_the_codebooks()
    {
        var workspace = await WorkspaceAsync();
        await (await workspace.Manager.PostJsonAsync("/api/v1/codebooks", new CodebookDraft("Service", Keywords))).ReadAsync<CodebookView>(HttpStatusCode.Created);
        var account = await (await workspace.Manager.PostJsonAsync("/api/v1/accounts", new AccountDetails("Harbour Cranes", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        var note = await (await workspace.Contributor.PostJsonAsync("/api/v1/feedback/notes", new EmployeeNoteDetails(
                "They want the drawings a week before the FAT.", EmployeeNoteKind.FocusGroup, "Mira Holm", March, account.Id,
                BuyingCentreRole.User, Phase: 4)))
            .ReadAsync<EmployeeNoteView>(HttpStatusCode.Created);
        Assert.Equal(("Harbour Cranes", EmployeeNoteKind.FocusGroup), (note.AccountName, note.Kind));
        var edited = await (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/notes/{note.Id}", new EmployeeNoteDetails(
                "They want the drawings a week before the FAT, and flexible dates.", EmployeeNoteKind.Workshop, "Mira Holm", March, account.Id,
                BuyingCentreRole.User, Phase: 4)))
            .ReadAsync<EmployeeNoteView>();
        Assert.Equal(EmployeeNoteKind.Workshop, edited.Kind);

        var inbox = await (await workspace.Viewer.GetAsync("/api/v1/feedback?source=employee")).ReadAsync<FeedbackInboxView>();
        var item = Assert.Single(inbox.Items);
        Assert.Equal((note.Id, FeedbackSources.Employee, "Mira Holm", "workshop", "Harbour Cranes", 4),
            (item.Id, item.Source, item.Author, item.NoteKind, item.AccountName, item.Phase));
        Assert.Equal(["documentation", "flexibility"], item.Keywords);
        Assert.Empty((await (await workspace.Viewer.GetAsync("/api/v1/feedback?source=survey")).ReadAsync<FeedbackInboxView>()).Items);
        Assert.Empty((await (await workspace.Viewer.GetAsync("/api/v1/feedback?phase=3")).ReadAsync<FeedbackInboxView>()).Items);
        Assert.Single((await (await workspace.Viewer.GetAsync("/api/v1/feedback?phase=4&keyword=flexibility")).ReadAsync<FeedbackInboxView>()).Items);
        var coded = await (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/{note.Id}/codes", new FeedbackCodes(["documentation", "price"])))
            .ReadAsync<FeedbackItemView>();
        Assert.Equal(["documentation", "price"], coded.Keywords);
        Assert.Contains("source", await (await workspace.Viewer.GetAsync("/api/v1/feedback?source=rumour")).ValidationErrorsAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await workspace.Viewer.DeleteAsync($"/api/v1/feedback/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await workspace.Contributor.DeleteAsync($"/api/v1/feedback/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workspace.Viewer.GetAsync($"/api/v1/feedback/notes/{note.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_note_without_text_or_with_a_stranger_account_is_refused_field_by_field()
    {
        var workspace = await WorkspaceAsync();

        var errors = await (await workspace.Contributor.PostJsonAsync("/api/v1/feedback/notes",
            new EmployeeNoteDetails(" ", EmployeeNoteKind.Other, "Mira", March, Phase: 0))).ValidationErrorsAsync();
        Assert.Contains("text", errors.Keys);
        Assert.Contains("phase", errors.Keys);
        Assert.Contains("accountId", (await (await workspace.Contributor.PostJsonAsync("/api/v1/feedback/notes",
            new EmployeeNoteDetails("Fine", EmployeeNoteKind.Other, "Mira", March, Guid.NewGuid()))).ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_csv_import_stores_every_note_or_none_naming_the_row_and_column_of_each_bad_cell()
    {
        var workspace = await WorkspaceAsync();
        await (await workspace.Manager.PostJsonAsync("/api/v1/accounts", new AccountDetails("Harbour Cranes", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        var errors = await (await ImportAsync(workspace.Contributor, """
            text,kind,author,date,account,stakeholder_role,phase
            Drawings too late,focus_group,Mira,2026-03-12,Harbour Cranes,user,4
            Price questions,workshop,Jon,12.3.2026,Harbour Cranes,buyer,2
            Flexible dates,focus_group,Jon,2026-03-12,Nobody Ltd,user,2
            """)).ValidationErrorsAsync();
        Assert.Equal(["row 3, column date", "row 4, column account"], errors.Keys.Order());
        Assert.Empty((await (await workspace.Viewer.GetAsync("/api/v1/feedback/notes")).ReadItemsAsync<EmployeeNoteView>()));

        var summary = await (await ImportAsync(workspace.Contributor, """
            text,kind,author,date,account,stakeholder_role,phase
            Drawings too late,focus_group,Mira,2026-03-12,Harbour Cranes,user,4
            Price questions,workshop,Jon,2026-03-13,,,
            """)).ReadAsync<EmployeeNoteImportSummary>();
        Assert.Equal(2, summary.Imported);
        var notes = await (await workspace.Viewer.GetAsync("/api/v1/feedback/notes")).ReadItemsAsync<EmployeeNoteView>();
        Assert.Equal([("Price questions", null), ("Drawings too late", (BuyingCentreRole?)BuyingCentreRole.User)],
            notes.Select(n => (n.Text, n.StakeholderRole)));
        Assert.Equal(["row 1, column mood"], (await (await ImportAsync(workspace.Contributor, "text,kind,author,date,mood\nx,other,Jon,2026-03-12,fine"))
            .ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task The_market_information_gap_sets_what_customers_say_against_what_employees_noted_per_codebook()
    {
        var workspace = await WorkspaceAsync();
        var codebook = await (await workspace.Manager.PostJsonAsync("/api/v1/codebooks", new CodebookDraft("Service", Keywords)))
            .ReadAsync<CodebookView>(HttpStatusCode.Created);
        var survey = await OpenSurveyAsync(workspace.Manager, BuiltInInstruments.OpenQuestionsKey);
        foreach (var text in new[] { "The drawings came late.", "Be more flexible with dates.", "Flexibility matters most." })
        {
            await AnswerAsync(workspace.Contributor, survey.Id, new() { [OpenQuestions004.ImpactFactorsKey] = new(Text: text) });
        }
        await ImportAsync(workspace.Contributor, """
            text,kind,author,date
            Customers need complete documents,focus_group,Mira,2026-03-12
            The invoices confuse them,focus_group,Jon,2026-03-12
            Polite behaviour on site,workshop,Jon,2026-03-13
            """);

        var gaps = await (await workspace.Viewer.GetAsync("/api/v1/feedback/market-information-gap")).ReadAsync<CodebookGapView[]>();

        var gap = Assert.Single(gaps);
        Assert.Equal((codebook.Id, 3, 3), (gap.CodebookId, gap.CustomerAnswers, gap.EmployeeNotes));
        Assert.Equal([("documentation", 1)], gap.Gap.Overlaps.Select(g => (g.Keyword, g.Overlap)));
        Assert.Equal([("flexibility", 2)], gap.Gap.Differences.Select(g => (g.Keyword, g.Difference)));
        Assert.Equal(["price"], gap.Gap.EmployeesOnly.Select(g => g.Keyword));
        Assert.Equal(1, gap.Gap.UnmatchedEmployeeNotes);
    }

    [Fact]
    public async Task Stakeholders_of_one_account_whose_scores_lie_apart_are_a_siloed_experience_found_with_the_threshold_asked_for()
    {
        var workspace = await WorkspaceAsync();
        var account = await (await workspace.Manager.PostJsonAsync("/api/v1/accounts", new AccountDetails("Harbour Cranes", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        async Task<StakeholderView> PersonAsync(string name, string unit, BuyingCentreRole role) =>
            await (await workspace.Manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails(name, null, null, unit, HierarchyLevel.Middle, role, false))).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var user = await PersonAsync("Anna Berg", "Engineering", BuyingCentreRole.User);
        var buyer = await PersonAsync("Ben Dahl", "Procurement", BuyingCentreRole.Buyer);
        var survey = await OpenSurveyAsync(workspace.Manager, BuiltInInstruments.NpsKey);
        await AnswerAsync(workspace.Contributor, survey.Id, new() { [BuiltInInstruments.ScoreQuestion] = new(Number: 9) }, account.Id, user.Id);
        await AnswerAsync(workspace.Contributor, survey.Id, new() { [BuiltInInstruments.ScoreQuestion] = new(Number: 5) }, account.Id, buyer.Id);

        var found = await (await workspace.Viewer.GetAsync("/api/v1/feedback/siloed-experiences")).ReadAsync<SiloedExperiencesView>();

        Assert.Equal(0.3, found.Threshold);
        Assert.Equal(["role", "stakeholder", "unit"], found.Experiences.Select(e => e.Level).Order());
        var people = Assert.Single(found.Experiences, e => e.Level == "stakeholder");
        Assert.Equal(("Harbour Cranes", $"{survey.Name}: {BuiltInInstruments.ScoreQuestion}", 0.4), (people.AccountName, people.Measure, Math.Round(people.Spread, 9)));
        Assert.Equal([("Anna Berg", 9.0), ("Ben Dahl", 5.0)], people.Groups.Select(g => (g.Group, g.Mean)));
        Assert.Equal(["Engineering", "Procurement"], found.Experiences.Single(e => e.Level == "unit").Groups.Select(g => g.Group));
        Assert.Empty((await (await workspace.Viewer.GetAsync("/api/v1/feedback/siloed-experiences?threshold=0.5")).ReadAsync<SiloedExperiencesView>()).Experiences);
        Assert.Contains("threshold", await (await workspace.Viewer.GetAsync("/api/v1/feedback/siloed-experiences?threshold=2")).ValidationErrorsAsync());
    }
}

public sealed class EmployeeNotesApiTestsOnSqlite(SqliteApp app) : EmployeeNotesApiTests<SqliteApp>(app);

public sealed class EmployeeNotesApiTestsOnPostgres(PostgresApp app) : EmployeeNotesApiTests<PostgresApp>(app);
