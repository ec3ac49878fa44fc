using System.Net;
using System.Net.Http.Headers;
using Dyad.Core.Accounts;
using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Coding;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Dyad.Data.Journeys;
using Dyad.Data.Practices;
using Dyad.Web.Events;
using Dyad.Web.Security;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Events;

/// <summary>
/// Logging events, their practices and evidence. Only the case-id test logs on the demo's service journeys;
/// every other test works on an account and a B2B solution journey of its own, so that test sees the demo's
/// two phase-1 events and nothing else.
/// </summary>
public abstract class EventsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly DateOnly Day = new(2026, 3, 12);

    private string EvidenceFolder => Path.Combine(app.Database.DataDirectory, "evidence");

    private static CriticalEventDetails Details(Guid journeyId, int phase = 1, ExperienceState after = ExperienceState.Restored, bool beyondRepair = false) =>
        new(journeyId, phase, Day, "Monitoring alerts flooded the service desk", "Two hundred alerts in one night after an upgrade.",
            ExperienceState.Unsettled, after, ProviderAction: "Tuned the thresholds with the customer's operators.", BeyondRepair: beyondRepair);

    private async Task<IReadOnlyDictionary<string, Guid>> PracticeIdsAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/practices")).ReadAsync<List<PracticeView>>()).ToDictionary(p => p.Key, p => p.Id);

    /// <summary>A fresh account with a journey on the B2B solution stages template, away from the demo's service journeys.</summary>
    private async Task<(Guid AccountId, Guid JourneyId)> NewAccountAsync()
    {
        var manager = await app.ApiClientAsync(DyadRole.AccountManager);
        var account = await (await manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Events test {Guid.NewGuid():N}", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var template = (await (await manager.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>())
            .Single(t => t.Name == BuiltInJourneyTemplates.SolutionStages);
        var journey = await (await manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(template.Id, "Monitoring platform")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        return (account.Id, journey.Id);
    }

    private async Task<EventView> NewEventAsync(HttpClient client)
    {
        var (accountId, journeyId) = await NewAccountAsync();
        return await (await client.PostJsonAsync($"/api/v1/accounts/{accountId}/events", new LogEventRequest(Details(journeyId))))
            .ReadAsync<EventView>(HttpStatusCode.Created);
    }

    /// <summary>Posts a file as a multipart form, with the antiforgery token a signed-in browser sends unless told not to.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid eventId, string fileName, byte[] content,
        IReadOnlyDictionary<string, string>? fields = null, bool withAntiforgeryToken = true)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/evidence/file") { Content = form };
        if (withAntiforgeryToken)
        {
            var token = await (await client.GetAsync("/api/v1/antiforgery")).ReadAsync<AntiforgeryToken>();
            request.Headers.Add(token.HeaderName, token.Token);
        }
        return await client.SendAsync(request);
    }

    private int StoredFileCount() => Directory.Exists(EvidenceFolder) ? Directory.GetFiles(EvidenceFolder).Length : 0;

    [Fact]
    public async Task Logging_an_event_with_two_practices_gives_it_the_next_case_id_of_its_phase_and_derives_each_effect()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var practices = await PracticeIdsAsync(client);
        var summary = (await (await client.GetAsync("/api/v1/accounts?search=Gemeente%20Oostveld")).ReadAsync<CursorPage<AccountSummary>>()).Items.Single();
        var account = await (await client.GetAsync($"/api/v1/accounts/{summary.Id}")).ReadAsync<AccountView>();
        var journey = account.Journeys.Single(j => j.TemplateName == BuiltInJourneyTemplates.ServiceJourney);

        // The effect sent for the first practice is not part of the request; the engagement mode decides it.
        var response = await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/events", new
        {
            details = Details(journey.Id),
            practices = new object[]
            {
                new { practiceId = practices[PracticeKeys.AnalysingTheProblem], organization = "regular", engagement = "reactive", effect = "bolster" },
                new { practiceId = practices[PracticeKeys.AdvisingProactively], organization = "ad_hoc", engagement = "proactive" },
            },
        });

        var logged = await response.ReadAsync<EventView>(HttpStatusCode.Created);
        Assert.Equal("1.3", logged.CaseId);
        Assert.Equal($"/api/v1/events/{logged.Id}", response.Headers.Location?.AbsolutePath);
        var analysing = logged.Practices.Single(p => p.PracticeId == practices[PracticeKeys.AnalysingTheProblem]);
        Assert.Equal((PracticeEffect.Restore, CircumplexQuadrant.RegularReactive), (analysing.Effect!.Value, analysing.Quadrant!.Value));
        var advising = logged.Practices.Single(p => p.PracticeId == practices[PracticeKeys.AdvisingProactively]);
        Assert.Equal((PracticeEffect.Bolster, CircumplexQuadrant.AdHocProactive), (advising.Effect!.Value, advising.Quadrant!.Value));
        var stored = await (await client.GetAsync($"/api/v1/events/{logged.Id}")).ReadAsync<EventView>();
        Assert.Equal(logged.Practices, stored.Practices);
    }

    [Fact]
    public async Task A_destructing_practice_with_modes_is_refused_and_nothing_is_logged()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var (accountId, journeyId) = await NewAccountAsync();
        var practices = await PracticeIdsAsync(client);

        var errors = await (await client.PostJsonAsync($"/api/v1/accounts/{accountId}/events", new LogEventRequest(Details(journeyId),
            [new PracticeUse(practices[PracticeKeys.AnalysingTheProblem]),
             new PracticeUse(practices[PracticeKeys.CommunicatingSlowly], ModeOfOrganization.Regular, ModeOfEngagement.Reactive),
             new PracticeUse(Guid.NewGuid())]))).ValidationErrorsAsync();

        Assert.Equal(["practices[1].mode"], errors.Keys);
        Assert.Contains("destructs the experience", errors["practices[1].mode"][0]);
        Assert.Empty(await (await client.GetAsync($"/api/v1/events?accountId={accountId}")).ReadItemsAsync<EventSummary>());
    }

    [Fact]
    public async Task Beyond_repair_needs_a_destroyed_experience_and_the_refusal_names_the_field()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var (accountId, journeyId) = await NewAccountAsync();

        var errors = await (await client.PostJsonAsync($"/api/v1/accounts/{accountId}/events",
            new LogEventRequest(Details(journeyId, after: ExperienceState.Sceptical, beyondRepair: true)))).ValidationErrorsAsync();
        var destroyed = await client.PostJsonAsync($"/api/v1/accounts/{accountId}/events",
            new LogEventRequest(Details(journeyId, after: ExperienceState.Destroyed, beyondRepair: true)));

        Assert.Equal(["details.beyondRepair"], errors.Keys);
        Assert.Contains("Only a destroyed experience", errors["details.beyondRepair"][0]);
        Assert.True((await destroyed.ReadAsync<EventView>(HttpStatusCode.Created)).BeyondRepair);
    }

    [Fact]
    public async Task An_event_on_another_accounts_journey_is_refused()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var (accountId, _) = await NewAccountAsync();
        var (_, otherJourneyId) = await NewAccountAsync();

        var errors = await (await client.PostJsonAsync($"/api/v1/accounts/{accountId}/events", new LogEventRequest(Details(otherJourneyId)))).ValidationErrorsAsync();

        Assert.Contains("details.journeyId", errors.Keys);
        Assert.Empty(await (await client.GetAsync($"/api/v1/events?accountId={accountId}")).ReadItemsAsync<EventSummary>());
    }

    [Fact]
    public async Task A_quote_coded_with_a_new_code_shows_it_ungrouped_until_it_is_grouped_into_a_practice()
    {
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var criticalEvent = await NewEventAsync(contributor);
        var empathising = (await PracticeIdsAsync(contributor))[PracticeKeys.Empathising];
        var label = $"listening to the night shift {Guid.NewGuid():N}";

        var quote = await (await contributor.PostJsonAsync($"/api/v1/events/{criticalEvent.Id}/evidence",
            new EvidenceDetails(EvidenceKind.Quote, "You finally understood what those nights were like for us.", "Customer, operations lead", "12")))
            .ReadAsync<EvidenceView>(HttpStatusCode.Created);
        var code = await (await contributor.PostJsonAsync($"/api/v1/events/{criticalEvent.Id}/evidence/{quote.Id}/codes", new CodeRequest(label)))
            .ReadAsync<CodeView>();
        var before = await (await contributor.GetAsync("/api/v1/codes")).ReadAsync<DataStructure>();
        var contributorGrouping = await contributor.PutJsonAsync($"/api/v1/codes/{code.Id}", new CodeDraft(label, empathising));
        var grouped = await (await cxManager.PutJsonAsync($"/api/v1/codes/{code.Id}", new CodeDraft(label, empathising))).ReadAsync<CodeView>();
        var after = await (await contributor.GetAsync("/api/v1/codes")).ReadAsync<DataStructure>();

        Assert.Null(code.PracticeId);
        Assert.Contains(before.UngroupedCodes, c => c.Id == code.Id && c.Label == label && c.Uses == 1);
        Assert.Equal(HttpStatusCode.Forbidden, contributorGrouping.StatusCode);
        Assert.Equal(empathising, grouped.PracticeId);
        Assert.DoesNotContain(after.UngroupedCodes, c => c.Id == code.Id);
        var dimension = after.Dimensions.Single(d => d.Practices.Any(p => p.Id == empathising));
        Assert.Equal(AggregateDimension.Facilitating, dimension.Name);
        Assert.Contains(dimension.Practices.Single(p => p.Id == empathising).Codes, c => c.Id == code.Id && c.Label == label);
        var stored = await (await contributor.GetAsync($"/api/v1/events/{criticalEvent.Id}")).ReadAsync<EventView>();
        Assert.Equal(new CodeView(code.Id, label, empathising), stored.Evidence.Single().Codes.Single());
    }

    [Fact]
    public async Task An_uploaded_file_downloads_byte_for_byte_with_its_name_and_type()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);
        var content = new byte[5000];
        Random.Shared.NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);

        var uploaded = await (await UploadAsync(client, criticalEvent.Id, "Steering committee minutes.pdf", content,
            new Dictionary<string, string> { ["source"] = "Steering committee", ["page"] = "3" })).ReadAsync<EvidenceView>(HttpStatusCode.Created);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var download = await viewer.GetAsync($"/api/v1/events/{criticalEvent.Id}/evidence/{uploaded.Id}/file");

        Assert.Equal((EvidenceKind.Document, "Steering committee", "3"), (uploaded.Kind, uploaded.Source, uploaded.Page));
        Assert.Equal(("Steering committee minutes.pdf", "application/pdf", 5000L), (uploaded.FileName, uploaded.ContentType, uploaded.FileSize));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Steering committee minutes.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Deleting_an_account_removes_the_files_of_its_evidence_too()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var manager = await app.ApiClientAsync(DyadRole.AccountManager);
        var criticalEvent = await NewEventAsync(client);
        (await UploadAsync(client, criticalEvent.Id, "minutes.txt", "minutes"u8.ToArray(), withAntiforgeryToken: false)).EnsureSuccessStatusCode();
        var files = StoredFileCount();

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/accounts/{criticalEvent.AccountId}")).StatusCode);

        Assert.Equal(files - 1, StoredFileCount());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/events/{criticalEvent.Id}")).StatusCode);
    }

    [Fact]
    public async Task Evidence_whose_file_left_the_data_folder_is_not_found_rather_than_an_error()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);
        var evidence = await (await UploadAsync(client, criticalEvent.Id, "minutes.txt", "minutes"u8.ToArray(), withAntiforgeryToken: false))
            .ReadAsync<EvidenceView>(HttpStatusCode.Created);
        File.Delete(new DirectoryInfo(EvidenceFolder).GetFiles().MaxBy(f => f.CreationTimeUtc)!.FullName);

        var download = await client.GetAsync($"/api/v1/events/{criticalEvent.Id}/evidence/{evidence.Id}/file");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task An_api_token_client_uploads_without_an_antiforgery_token()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);

        var response = await UploadAsync(client, criticalEvent.Id, "minutes.txt", "minutes"u8.ToArray(), withAntiforgeryToken: false);

        Assert.Equal("minutes.txt", (await response.ReadAsync<EvidenceView>(HttpStatusCode.Created)).FileName);
    }

    [Fact]
    public async Task A_signed_in_browser_uploads_with_the_antiforgery_token_and_is_refused_without_it()
    {
        var user = await app.CreateUserAsync(DyadRole.Contributor);
        var browser = await app.SignedInClientAsync(user.Email, DyadApp.Password);
        var criticalEvent = await NewEventAsync(await app.ApiClientAsync(DyadRole.Contributor));

        var forged = await UploadAsync(browser, criticalEvent.Id, "minutes.txt", "minutes"u8.ToArray(), withAntiforgeryToken: false);
        var genuine = await UploadAsync(browser, criticalEvent.Id, "minutes.txt", "minutes"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("minutes.txt", (await genuine.ReadAsync<EvidenceView>(HttpStatusCode.Created)).FileName);
    }

    [Fact]
    public async Task An_executable_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);
        var files = StoredFileCount();

        var errors = await (await UploadAsync(client, criticalEvent.Id, "minutes.exe", [0x4d, 0x5a, 0x90, 0x00])).ValidationErrorsAsync();

        Assert.Contains("Files of type '.exe' are not accepted", errors["file"][0]);
        Assert.Contains(".pdf", errors["file"][0]);
        Assert.Empty((await (await client.GetAsync($"/api/v1/events/{criticalEvent.Id}")).ReadAsync<EventView>()).Evidence);
        Assert.Equal(files, StoredFileCount());
    }

    [Fact]
    public async Task Deleting_an_event_deletes_its_evidence_files()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);
        await (await UploadAsync(client, criticalEvent.Id, "notes.txt", "field notes"u8.ToArray())).ReadAsync<EvidenceView>(HttpStatusCode.Created);
        var files = StoredFileCount();

        var deleted = await client.DeleteAsync($"/api/v1/events/{criticalEvent.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/events/{criticalEvent.Id}")).StatusCode);
        Assert.Equal(files - 1, StoredFileCount());
    }

    [Fact]
    public async Task A_practice_use_can_change_its_modes_but_not_its_practice()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);
        var practices = await PracticeIdsAsync(client);
        var tailoring = practices[PracticeKeys.TailoringValuePromise];

        var added = await (await client.PostJsonAsync($"/api/v1/events/{criticalEvent.Id}/practices",
            new PracticeUse(tailoring, ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive))).ReadAsync<EventPracticeView>(HttpStatusCode.Created);
        var changed = await (await client.PutJsonAsync($"/api/v1/events/{criticalEvent.Id}/practices/{added.Id}",
            new PracticeUse(tailoring, ModeOfOrganization.Regular, ModeOfEngagement.Proactive))).ReadAsync<EventPracticeView>();
        var otherPractice = await (await client.PutJsonAsync($"/api/v1/events/{criticalEvent.Id}/practices/{added.Id}",
            new PracticeUse(practices[PracticeKeys.ActingDecisively]))).ValidationErrorsAsync();
        var oneMode = await (await client.PutJsonAsync($"/api/v1/events/{criticalEvent.Id}/practices/{added.Id}",
            new PracticeUse(tailoring, ModeOfOrganization.Regular))).ValidationErrorsAsync();
        var removed = await client.DeleteAsync($"/api/v1/events/{criticalEvent.Id}/practices/{added.Id}");

        Assert.Equal(PracticeEffect.Restore, added.Effect);
        Assert.Equal((PracticeEffect.Bolster, CircumplexQuadrant.RegularProactive), (changed.Effect!.Value, changed.Quadrant!.Value));
        Assert.Contains("Tailoring value promise", otherPractice["practiceId"][0]);
        Assert.Contains("engagement", oneMode.Keys);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await (await client.GetAsync($"/api/v1/events/{criticalEvent.Id}")).ReadAsync<EventView>()).Practices);
    }

    [Fact]
    public async Task Moving_an_event_to_another_phase_gives_it_a_case_id_there_and_the_timeline_shows_the_change()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var criticalEvent = await NewEventAsync(client);

        var moved = await (await client.PutJsonAsync($"/api/v1/events/{criticalEvent.Id}",
            criticalEvent.ToDetails() with { Phase = 3, StateAfter = ExperienceState.Surpassed })).ReadAsync<EventView>();
        var timeline = await (await client.GetAsync($"/api/v1/accounts/{criticalEvent.AccountId}/experience")).ReadAsync<List<ExperiencePoint>>();

        Assert.StartsWith("3.", moved.CaseId);
        Assert.Equal("implementation", moved.PhaseName);
        var point = Assert.Single(timeline);
        Assert.Equal((moved.CaseId, ExperienceState.Unsettled, ExperienceState.Surpassed), (point.CaseId, point.Before, point.After));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/accounts/{Guid.NewGuid()}/experience")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_cannot_log_events_or_add_evidence()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var (accountId, journeyId) = await NewAccountAsync();
        var demoEvent = (await (await viewer.GetAsync("/api/v1/events")).ReadItemsAsync<EventSummary>()).First();

        var log = await viewer.PostJsonAsync($"/api/v1/accounts/{accountId}/events", new LogEventRequest(Details(journeyId)));
        var quote = await viewer.PostJsonAsync($"/api/v1/events/{demoEvent.Id}/evidence", new EvidenceDetails(EvidenceKind.Note, "Seen it."));

        Assert.Equal(HttpStatusCode.Forbidden, log.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, quote.StatusCode);
        Assert.Empty(await (await viewer.GetAsync($"/api/v1/events?accountId={accountId}")).ReadItemsAsync<EventSummary>());
    }
}

public sealed class EventsApiOnSqlite(SqliteApp app) : EventsApiTests<SqliteApp>(app);

public sealed class EventsApiOnPostgres(PostgresApp app) : EventsApiTests<PostgresApp>(app);
