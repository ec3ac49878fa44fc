using System.Net;
using System.Net.Http.Headers;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Surveys.Respondents;
using Dyad.Web.Tests.Actions;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Surveys.Distribution;

/// <summary>
/// Participant lists in LimeSurvey's CSV shape through the API: a list exported by LimeSurvey imports cleanly, a bad list stores
/// nothing and names each bad cell, a second import adds nobody, and an export reads back as the list it came from.
/// </summary>
public abstract class ParticipantListApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    /// <summary>As LimeSurvey's "Export participants" writes it: a byte order mark, every cell quoted, attribute descriptions.</summary>
    private static byte[] LimeSurveyExport() =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Surveys", "Distribution", "limesurvey_participants.csv"));

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid surveyId, byte[] csv)
    {
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"/api/v1/surveys/{surveyId}/participants/import", new MultipartFormDataContent { { file, "file", "participants.csv" } });
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid surveyId, string csv) =>
        ImportAsync(client, surveyId, System.Text.Encoding.UTF8.GetBytes(csv));

    private static async Task<List<InvitationView>> InvitationsAsync(HttpClient client, Guid surveyId) =>
        (await (await client.GetAsync($"/api/v1/surveys/{surveyId}/invitations?limit=200")).ReadItemsAsync<InvitationView>()).OrderBy(i => i.Email).ToList();

    private static async Task<string[][]> ExportAsync(HttpClient client, Guid surveyId)
    {
        var response = await client.GetAsync($"/api/v1/surveys/{surveyId}/participants/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return rows.ToArray();
    }

    [Fact]
    public async Task A_limesurvey_export_imports_cleanly_and_a_second_import_changes_nothing()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        var summary = await (await ImportAsync(scene.Manager, survey, LimeSurveyExport())).ReadAsync<ParticipantImportSummary>();

        Assert.Equal((6, 3, 1, 1, 1), (summary.Rows, summary.Invited, summary.MatchedStakeholders, summary.CreatedStakeholders, summary.BareAddresses));
        Assert.Equal([5, 6, 7], summary.Skipped.Select(s => s.Row));
        Assert.Contains("OptOut", summary.Skipped[0].Message);
        Assert.Contains("row 2", summary.Skipped[1].Message);
        Assert.Equal(3, Assert.Single(summary.Changed).Row);
        var invitations = await InvitationsAsync(scene.Manager, survey);
        Assert.Equal(["eva@cranes.example", "jonas.berg@cranes.example", "priya.nair@freemail.example"], invitations.Select(i => i.Email));
        Assert.Equal(scene.Stakeholder.Id, invitations[0].StakeholderId);
        // Dyad keeps only a hash of an imported token, so it cannot show the link again, but the link the participant already has still works.
        Assert.Null(invitations[0].Link);
        await using (var anonymous = app.Services.CreateAsyncScope())
        {
            var opened = await anonymous.ServiceProvider.GetRequiredService<RespondentService>().OpenInvitationAsync("q8vt3nwkx2m7hpa9rf4zc6ye5ub1sdgj");
            Assert.Equal(survey, opened?.Survey.SurveyId);
        }
        Assert.Equal((scene.Account.Id, "Jonas Berg"), (invitations[1].AccountId, invitations[1].StakeholderName));
        Assert.DoesNotContain("x7kq2mpz9rt4wb1", invitations[1].Link);
        Assert.Equal(BuyingCentreRole.User, invitations[1].BuyingCentreRole);
        Assert.Equal((null, null, "nl"), (invitations[2].AccountId, invitations[2].StakeholderId, invitations[2].Language));
        Assert.Contains((await (await scene.Manager.GetAsync($"/api/v1/accounts/{scene.Account.Id}/stakeholders")).ReadItemsAsync<StakeholderView>()),
            s => s is { Name: "Jonas Berg", Email: "jonas.berg@cranes.example" });

        var again = await (await ImportAsync(scene.Manager, survey, LimeSurveyExport())).ReadAsync<ParticipantImportSummary>();

        Assert.Equal((0, 6), (again.Invited, again.Skipped.Count));
        Assert.Equal(invitations.Select(i => (i.Id, i.Link)), (await InvitationsAsync(scene.Manager, survey)).Select(i => (i.Id, i.Link)));
    }

    [Fact]
    public async Task A_bad_list_stores_nothing_and_names_the_row_and_column_of_each_bad_cell()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        var errors = await (await ImportAsync(scene.Manager, survey, """
            firstname,lastname,email,language,validfrom,validuntil,account
            Ann,Lee,ann@cranes.example,en,,2030-01-01 00:00,Harbour Cranes
            Bo,Ek,bo@cranes.example,en,5 January,,
            Cy,Ng,not-an-address,en,,,
            Di,Ma,di@elsewhere.example,de,,,
            Ed,Oz,ed@elsewhere.example,en,,,Nobody Ltd
            Fay,Wu,fay@elsewhere.example,en,2030-02-01 00:00,2030-01-01 00:00,
            """)).ValidationErrorsAsync();

        Assert.Equal(["row 3, column validfrom", "row 4, column email", "row 5, column language", "row 6, column account", "row 7, column validfrom"],
            errors.Keys.Order());
        Assert.Empty(await InvitationsAsync(scene.Manager, survey));
        Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/accounts/{scene.Account.Id}/stakeholders")).ReadItemsAsync<StakeholderView>());
        Assert.Contains("'sent_at'", (await (await ImportAsync(scene.Manager, survey, "email,sent_at\nann@cranes.example,N\n")).ValidationErrorsAsync())
            ["row 1, column sent_at"].Single());
    }

    [Fact]
    public async Task An_export_reads_back_as_the_list_it_came_from_and_quotes_cells_a_spreadsheet_would_run()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var formula = "=HYPERLINK(\"https://evil.example\",\"click\")";
        (await ImportAsync(scene.Manager, survey, $"""
            firstname,lastname,email,validfrom,validuntil,attribute_1 <Department>,attribute_7,account
            "{formula.Replace("\"", "\"\"")}",Quist,quist@cranes.example,2026-01-05 08:00,2030-12-31 23:59,Sales,blue,
            Jan,Roos,jan@elsewhere.example,,,,,Harbour Cranes
            """)).EnsureSuccessStatusCode();

        var exported = await ExportAsync(scene.Manager, survey);

        Assert.Equal([.. ParticipantCsv.Columns, "attribute_1 <Department>", "attribute_7"], exported[0]);
        var quist = Assert.Single(exported, r => r[3] == "quist@cranes.example");
        Assert.Equal("'" + formula, quist[1]);
        Assert.Equal(["Quist", "quist@cranes.example", "OK"], quist[2..5]);
        Assert.Equal(["en", "2026-01-05 08:00", "2030-12-31 23:59", "N", "N", "0", "N", "1", "Harbour Cranes", "Sales", "blue"], quist[6..]);
        Assert.Equal("Harbour Cranes", Assert.Single(exported, r => r[3] == "jan@elsewhere.example")[14]);

        var same = await (await ImportAsync(scene.Manager, survey, System.Text.Encoding.UTF8.GetBytes(Csv(exported))))
            .ReadAsync<ParticipantImportSummary>();
        Assert.Equal((2, 0), (same.Skipped.Count, same.Invited));

        var other = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var copied = await (await ImportAsync(scene.Manager, other, System.Text.Encoding.UTF8.GetBytes(Csv(exported))))
            .ReadAsync<ParticipantImportSummary>();
        Assert.Equal(2, copied.Invited);
        Assert.Equal(2, copied.Changed.Count(c => c.Message.Contains("in use", StringComparison.Ordinal)));
        Assert.Equal(exported.Select(WithoutToken), (await ExportAsync(scene.Manager, other)).Select(WithoutToken));
    }

    [Fact]
    public async Task Viewers_export_participants_but_only_those_who_configure_surveys_import_them()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, scene.Slug);

        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(scene.Contributor, survey, LimeSurveyExport())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(scene.Manager, Guid.NewGuid(), LimeSurveyExport())).StatusCode);
        Assert.Single(await ExportAsync(viewer, survey));
    }

    private static string[] WithoutToken(string[] row) => [.. row[..5], .. row[6..]];

    private static string Csv(IEnumerable<string[]> rows) =>
        string.Join("\n", rows.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"") + "\""))));
}

public sealed class ParticipantListApiOnSqlite(SqliteApp app) : ParticipantListApiTests<SqliteApp>(app);

public sealed class ParticipantListApiOnPostgres(PostgresApp app) : ParticipantListApiTests<PostgresApp>(app);
