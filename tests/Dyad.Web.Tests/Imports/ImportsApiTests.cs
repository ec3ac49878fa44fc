using System.Net;
using System.Text;
using System.Text.Json;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Ingestion;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Imports;

/// <summary>
/// Bulk files through <c>/api/v1/imports/{entity}</c>, each entity from CSV and from JSON Lines. Every test works in a
/// workspace of its own, so counts are of its own rows.
/// </summary>
public abstract class ImportsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    /// <summary>What the files refer to: an account with a person, a journey with a touchpoint, an open NPS survey.</summary>
    private sealed record Scene(string Workspace, HttpClient Admin, AccountView Account, string Email, TouchpointView Touchpoint, Guid Survey);

    private async Task<Scene> SceneAsync()
    {
        var slug = $"imports-{Guid.NewGuid():N}"[..20];
        var admin = await app.ApiClientAsync(DyadRole.Admin, slug);
        var account = await (await admin.PostJsonAsync("/api/v1/accounts", new AccountDetails("Aurora Mining", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        const string email = "jussi@aurora.example";
        await (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
            new StakeholderDetails("Jussi Virtanen", email, null, null, HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true))).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var template = (await (await admin.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>()).First(t => t.Phases.Count >= 3);
        var journey = await (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(template.Id, "Mill upgrade")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        var touchpoint = await (await admin.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints",
                new TouchpointDetails("Kick-off meeting", 1, Channel.Meeting, EncounterType.Communication, TouchpointController.Supplier, Visibility.Frontstage)))
            .ReadAsync<TouchpointView>(HttpStatusCode.Created);
        var draft = await (await admin.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Relationship NPS", BuiltInInstruments.NpsKey)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await admin.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails("Relationship NPS", BuiltInInstruments.NpsKey, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
        return new Scene(slug, admin, account, email, touchpoint, draft.Id);
    }

    /// <summary>Two or three records of each entity, as rows of named fields, written as CSV or JSON Lines by the test.</summary>
    private static (string Entity, string Query, List<Dictionary<string, string>> Rows) FileOf(string entity, Scene scene) => entity switch
    {
        "accounts" => (entity, "", [
            new() { ["name"] = "Northwind Consulting", ["relationship_type"] = "relational", ["tier"] = "Gold", ["annual_revenue"] = "125000.50" },
            new() { ["name"] = "Contoso, Training", ["relationship_type"] = "transactional", ["tier"] = "", ["annual_revenue"] = "" },
        ]),
        "stakeholders" => (entity, "", [
            new() { ["account"] = scene.Account.Name, ["name"] = "Aino \"AJ\" Järvinen", ["email"] = "aino@aurora.example", ["level"] = "middle", ["buying_centre_role"] = "user", ["dmu"] = "false" },
            new() { ["account"] = scene.Account.Name, ["name"] = "Mikko Laine", ["email"] = "mikko@aurora.example", ["level"] = "board", ["buying_centre_role"] = "buyer", ["dmu"] = "true" },
        ]),
        "occurrences" => (entity, "", [
            new() { ["account"] = scene.Account.Name, ["touchpoint"] = "Kick-off meeting", ["occurred_at"] = "2026-03-02T09:00:00Z", ["note"] = "Went well;\nminutes sent", ["stakeholder_emails"] = scene.Email },
            new() { ["account"] = "", ["touchpoint"] = scene.Touchpoint.Id.ToString(), ["occurred_at"] = "2026-04-02T09:00:00Z", ["note"] = "", ["stakeholder_emails"] = "" },
            new() { ["account"] = "", ["touchpoint"] = scene.Touchpoint.Id.ToString(), ["occurred_at"] = "2026-05-02T09:00:00Z", ["note"] = "", ["stakeholder_emails"] = "" },
        ]),
        // No response_id: each response is keyed by its content.
        "responses" => (entity, $"?survey={scene.Survey}", [
            new() { ["submitted_at"] = "2026-03-01T10:00:00Z", ["account"] = scene.Account.Name, ["stakeholder_email"] = scene.Email, ["score"] = "9", ["reason"] = "Quick answers" },
            new() { ["submitted_at"] = "2026-03-02T10:00:00Z", ["account"] = scene.Account.Name, ["stakeholder_email"] = "", ["score"] = "7", ["reason"] = "" },
        ]),
        _ => (entity, "", [
            new() { ["account"] = scene.Account.Name, ["phase"] = "1", ["occurred_on"] = "2026-02-10", ["title"] = "Stand-in at the kick-off", ["what_happened"] = "The consultant sent a stand-in.", ["state_before"] = "stable", ["state_after"] = "unsettled", ["stakeholder_emails"] = scene.Email },
            new() { ["account"] = scene.Account.Name, ["phase"] = "2", ["occurred_on"] = "2026-02-20", ["title"] = "Extra workshop offered", ["what_happened"] = "A free workshop.", ["state_before"] = "unsettled", ["state_after"] = "restored", ["stakeholder_emails"] = "" },
        ]),
    };

    private static string Csv(List<Dictionary<string, string>> rows)
    {
        static string Cell(string value) => value.IndexOfAny([',', '"', '\n', ';']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
        var header = rows[0].Keys.ToList();
        return string.Join("\r\n", rows.Select(r => string.Join(',', header.Select(h => Cell(r[h])))).Prepend(string.Join(',', header))) + "\r\n";
    }

    private static string JsonLines(List<Dictionary<string, string>> rows) =>
        string.Join('\n', rows.Select(r => JsonSerializer.Serialize(r.Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.Key, f => f.Key == "dmu" ? (object)bool.Parse(f.Value) : f.Value))));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string contentType) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    private Task<int> CountAsync(Scene scene, string entity) => app.InWorkspaceAsync(scene.Workspace, services =>
    {
        var db = services.GetRequiredService<DyadDbContext>();
        return entity switch
        {
            "accounts" => db.Accounts.CountAsync(),
            "stakeholders" => db.Stakeholders.CountAsync(),
            "occurrences" => db.TouchpointOccurrences.CountAsync(),
            "responses" => db.SurveyResponses.CountAsync(),
            _ => db.CriticalEvents.CountAsync(),
        };
    });

    [Theory]
    [InlineData("accounts", "text/csv")]
    [InlineData("accounts", "application/jsonl")]
    [InlineData("stakeholders", "text/csv")]
    [InlineData("stakeholders", "application/x-ndjson")]
    [InlineData("occurrences", "text/csv")]
    [InlineData("occurrences", "application/jsonl")]
    [InlineData("responses", "text/csv")]
    [InlineData("responses", "application/jsonl")]
    [InlineData("events", "text/csv")]
    [InlineData("events", "application/jsonl")]
    public async Task A_file_is_imported_once_and_importing_it_again_changes_nothing(string entity, string contentType)
    {
        var scene = await SceneAsync();
        var (_, query, rows) = FileOf(entity, scene);
        var body = contentType == "text/csv" ? Csv(rows) : JsonLines(rows);
        var before = await CountAsync(scene, entity);

        var first = await (await PostAsync(scene.Admin, $"/api/v1/imports/{entity}{query}", body, contentType)).ReadAsync<ImportSummary>();
        var afterFirst = await CountAsync(scene, entity);
        var second = await (await PostAsync(scene.Admin, $"/api/v1/imports/{entity}{query}", body, contentType)).ReadAsync<ImportSummary>();

        Assert.Equal((rows.Count, 0, 0, 0), (first.Inserted, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal(before + rows.Count, afterFirst);
        Assert.Equal((0, 0, rows.Count), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal(afterFirst, await CountAsync(scene, entity));
    }

    [Fact]
    public async Task Imported_rows_read_back_with_their_values_and_links()
    {
        var scene = await SceneAsync();
        foreach (var entity in new[] { "stakeholders", "occurrences", "events" })
        {
            var (_, query, rows) = FileOf(entity, scene);
            await (await PostAsync(scene.Admin, $"/api/v1/imports/{entity}{query}", Csv(rows), "text/csv")).ReadAsync<ImportSummary>();
        }

        var account = await (await scene.Admin.GetAsync($"/api/v1/accounts/{scene.Account.Id}")).ReadAsync<AccountView>();
        var occurrences = await (await scene.Admin.GetAsync($"/api/v1/touchpoints/{scene.Touchpoint.Id}/occurrences"))
            .ReadItemsAsync<Dyad.Data.Touchpoints.OccurrenceView>();
        var events = await (await scene.Admin.GetAsync($"/api/v1/events?accountId={scene.Account.Id}")).ReadItemsAsync<Dyad.Data.Events.EventSummary>();

        var aino = Assert.Single(account.Stakeholders, s => s.Email == "aino@aurora.example");
        Assert.Equal(("Aino \"AJ\" Järvinen", HierarchyLevel.Middle, BuyingCentreRole.User), (aino.Name, aino.Level, aino.BuyingCentreRole));
        var kickOff = Assert.Single(occurrences, o => o.OccurredAt == new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal("Went well;\nminutes sent", kickOff.Note);
        Assert.Single(kickOff.StakeholderIds);
        Assert.Equal(["1.1", "2.1"], events.Select(e => e.CaseId));
    }

    [Fact]
    public async Task A_changed_account_row_updates_the_account_and_leaves_the_others()
    {
        var scene = await SceneAsync();
        var (_, _, rows) = FileOf("accounts", scene);
        await (await PostAsync(scene.Admin, "/api/v1/imports/accounts", Csv(rows), "text/csv")).ReadAsync<ImportSummary>();
        rows[0]["tier"] = "Platinum";

        var again = await (await PostAsync(scene.Admin, "/api/v1/imports/accounts", Csv(rows), "text/csv")).ReadAsync<ImportSummary>();

        Assert.Equal((0, 1, 1), (again.Inserted, again.Updated, again.Unchanged));
        var accounts = await (await scene.Admin.GetAsync("/api/v1/accounts?search=Northwind")).ReadAsync<Page<AccountSummary>>();
        Assert.Equal("Platinum", Assert.Single(accounts.Items).Tier);
    }

    [Theory]
    [InlineData("text/csv", "row")]
    [InlineData("application/jsonl", "line")]
    public async Task A_file_with_bad_rows_is_a_422_naming_each_and_stores_nothing(string contentType, string unit)
    {
        var scene = await SceneAsync();
        var (_, _, rows) = FileOf("stakeholders", scene);
        rows.Add(new() { ["account"] = scene.Account.Name, ["name"] = "Bad Level", ["email"] = "bad@aurora.example", ["level"] = "janitor", ["buying_centre_role"] = "user", ["dmu"] = "false" });
        rows.Add(new() { ["account"] = "Nobody Ltd", ["name"] = "No Account", ["email"] = "not-an-address", ["level"] = "middle", ["buying_centre_role"] = "user", ["dmu"] = "false" });
        var body = contentType == "text/csv" ? Csv(rows) : JsonLines(rows);
        // CSV rows count from the header (row 1); JSON lines from the first line.
        var first = contentType == "text/csv" ? 4 : 3;

        var errors = await (await PostAsync(scene.Admin, "/api/v1/imports/stakeholders", body, contentType))
            .ValidationErrorsAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([$"{unit} {first}, {(unit == "row" ? "column" : "field")} level", $"{unit} {first + 1}, {(unit == "row" ? "column" : "field")} account"],
            errors.Keys.Order());
        Assert.Contains("'janitor' is not one of: operational, middle, senior, board.", errors.Values.SelectMany(m => m));
        Assert.Equal(1, await CountAsync(scene, "stakeholders"));
    }

    [Fact]
    public async Task Runs_are_listed_with_their_outcome_and_a_viewer_may_list_but_not_import()
    {
        var scene = await SceneAsync();
        var (_, _, rows) = FileOf("accounts", scene);
        await (await PostAsync(scene.Admin, "/api/v1/imports/accounts", Csv(rows), "text/csv")).ReadAsync<ImportSummary>();
        var broken = await PostAsync(scene.Admin, "/api/v1/imports/accounts", "name,relationship_type\n\"Unclosed,relational\n", "text/csv");
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, scene.Workspace);

        var runs = await (await viewer.GetAsync("/api/v1/imports")).ReadItemsAsync<ImportRunView>();
        var forbidden = await PostAsync(viewer, "/api/v1/imports/accounts", Csv(rows), "text/csv");
        var wrongType = await PostAsync(scene.Admin, "/api/v1/imports/accounts", Csv(rows), "application/json");
        var noSurvey = await PostAsync(scene.Admin, $"/api/v1/imports/responses?survey={Guid.NewGuid()}", "score\n9\n", "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Equal(["failed", "completed"], runs.Select(r => r.Status));
        Assert.Equal((2, 0), (runs[1].Inserted, runs[1].Rejected));
        Assert.Equal(64, runs[1].FileHash.Length);
        Assert.Contains("quoted cell is not closed", runs[0].Error);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSurvey.StatusCode);
    }
}

public sealed class ImportsApiOnSqlite(SqliteApp app) : ImportsApiTests<SqliteApp>(app);

public sealed class ImportsApiOnPostgres(PostgresApp app) : ImportsApiTests<PostgresApp>(app);
