using System.Net;
using System.Text;
using Dyad.Core.Accounts;
using Dyad.Core.Actions;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Actions;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Dyad.Data.Ingestion;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Events;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Api;

/// <summary>
/// The lists that grow with use page alike: walked a few rows at a time they give every row once, in the order the
/// sort names, filtered as asked. Each test makes seven rows of its own (on an account or survey of its own) and reads
/// them on pages of three: two full pages and a short last one.
/// </summary>
public abstract class ListPagingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    /// <summary>Seven offsets in an order that is neither the order they are created in nor its reverse.</summary>
    private static readonly int[] Shuffled = [4, 1, 6, 0, 3, 5, 2];

    /// <summary>
    /// Walks the list three rows at a time and checks it against one page holding every row: each row once, in the same order.
    /// </summary>
    private static async Task<List<T>> WalkAllAsync<T>(HttpClient client, string url, Func<T, Guid> id)
    {
        var separator = url.Contains('?') ? '&' : '?';
        var whole = await (await client.GetAsync($"{url}{separator}limit=200")).ReadAsync<CursorPage<T>>();
        var walked = await Pages.WalkAsync<T>(client, $"{url}{separator}limit=3");

        Assert.Null(whole.NextCursor);
        Assert.Equal(whole.Items.Select(id), walked.Select(id));
        Assert.Equal(walked.Count, walked.Select(id).Distinct().Count());
        return walked;
    }

    private async Task<HttpClient> AdminAsync() => await app.ApiClientAsync(DyadRole.Admin);

    private static async Task<AccountView> AccountAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/v1/accounts", new AccountDetails($"Paging {Guid.NewGuid():N}", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

    private static async Task<SurveyView> OpenSurveyAsync(HttpClient client)
    {
        var name = $"Paged survey {Guid.NewGuid():N}";
        var draft = await (await client.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, BuiltInInstruments.NpsKey, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        return await (await client.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, BuiltInInstruments.NpsKey, AllowAnonymous: true, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
    }

    [Fact]
    public async Task Stakeholders_page_by_name_and_filter_to_the_decision_making_unit()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        var names = Shuffled.Select(i => $"Person {(char)('A' + i)}").ToList();
        for (var i = 0; i < names.Count; i++)
        {
            await (await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders", new StakeholderDetails(names[i], null, null, null,
                HierarchyLevel.Middle, BuyingCentreRole.User, IsDecisionMakingUnitMember: i % 2 == 0))).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        }
        var url = $"/api/v1/accounts/{account.Id}/stakeholders";

        var byName = await WalkAllAsync<StakeholderView>(client, url, s => s.Id);
        var dmuDescending = await WalkAllAsync<StakeholderView>(client, $"{url}?dmu=true&sort=name&order=desc", s => s.Id);

        Assert.Equal(names.Order(StringComparer.Ordinal), byName.Select(s => s.Name));
        Assert.Equal(names.Where((_, i) => i % 2 == 0).OrderDescending(StringComparer.Ordinal), dmuDescending.Select(s => s.Name));
    }

    [Fact]
    public async Task Events_page_oldest_first_and_filter_by_account_and_phase()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        var template = (await (await client.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>())
            .Single(t => t.Name == BuiltInJourneyTemplates.SolutionStages);
        var journey = await (await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(template.Id, "Paged journey")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        var logged = new List<EventView>();
        foreach (var offset in Shuffled)
        {
            logged.Add(await (await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/events", new LogEventRequest(new CriticalEventDetails(
                    journey.Id, 1 + offset % 2, Day.AddDays(offset), $"Event {offset}", "Alerts flooded the service desk.",
                    ExperienceState.Unsettled, ExperienceState.Restored))))
                .ReadAsync<EventView>(HttpStatusCode.Created));
        }
        var url = $"/api/v1/events?accountId={account.Id}";

        var oldestFirst = await WalkAllAsync<EventSummary>(client, url, e => e.Id);
        var phaseTwoNewestFirst = await WalkAllAsync<EventSummary>(client, $"{url}&phase=2&sort=occurred_on&order=desc", e => e.Id);

        Assert.Equal(logged.OrderBy(e => e.OccurredOn).Select(e => e.Id), oldestFirst.Select(e => e.Id));
        Assert.Equal(logged.Where(e => e.Phase == 2).OrderByDescending(e => e.OccurredOn).Select(e => e.Id), phaseTwoNewestFirst.Select(e => e.Id));
    }

    [Fact]
    public async Task Actions_page_most_due_first_and_filter_by_account_and_type()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        var due = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var opened = new List<ActionView>();
        foreach (var offset in Shuffled)
        {
            opened.Add(await (await client.PostJsonAsync("/api/v1/actions", new NewAction(offset % 2 == 0 ? ActionType.FollowUp : ActionType.Improvement,
                $"Action {(char)('A' + offset)}", account.Id, due.AddDays(offset)))).ReadAsync<ActionView>(HttpStatusCode.Created));
        }
        var url = $"/api/v1/actions?account={account.Id}";

        var mostDueFirst = await WalkAllAsync<ActionSummary>(client, url, a => a.Id);
        var improvementsByTitle = await WalkAllAsync<ActionSummary>(client, $"{url}&type=improvement&sort=title", a => a.Id);

        Assert.Equal(opened.OrderBy(a => a.DueAt).Select(a => a.Id), mostDueFirst.Select(a => a.Id));
        Assert.Equal(opened.Where(a => a.Type == ActionType.Improvement).OrderBy(a => a.Title, StringComparer.Ordinal).Select(a => a.Id),
            improvementsByTitle.Select(a => a.Id));
    }

    [Fact]
    public async Task Responses_and_import_runs_page_and_filter_by_account_time_and_entity()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        var survey = await OpenSurveyAsync(client);
        var submitted = Shuffled.Select(i => new DateTimeOffset(2026, 4, 1 + i, 8, 0, 0, TimeSpan.Zero)).ToList();
        var rows = submitted.Select((at, i) => $"pg-{i},{at:yyyy-MM-ddTHH:mm:ssZ},{(i % 2 == 0 ? account.Id : "")},,en,{i + 3},");
        foreach (var lines in new[] { rows.Take(4), rows.Skip(4) })
        {
            await (await client.PostAsync($"/api/v1/imports/responses?survey={survey.Id}", new StringContent(
                "response_id,submitted_at,account,stakeholder_email,language,score,reason\n" + string.Join('\n', lines), Encoding.UTF8, "text/csv")))
                .ReadAsync<ImportSummary>();
        }
        var url = $"/api/v1/surveys/{survey.Id}/responses";
        var since = Uri.EscapeDataString(submitted.Order().ElementAt(2).ToString("O"));

        var oldestFirst = await WalkAllAsync<SurveyResponseView>(client, url, r => r.Id);
        var ofAccountSince = await WalkAllAsync<SurveyResponseView>(client, $"{url}?accountId={account.Id}&since={since}&order=desc", r => r.Id);
        var responseImports = await WalkAllAsync<ImportRunView>(client, "/api/v1/imports?entity=responses&status=completed", r => r.Id);

        Assert.Equal(submitted.Order(), oldestFirst.Select(r => r.SubmittedAt));
        Assert.Equal(submitted.Where((at, i) => i % 2 == 0 && at >= submitted.Order().ElementAt(2)).OrderDescending(),
            ofAccountSince.Select(r => r.SubmittedAt));
        Assert.Equal(2, responseImports.Count(r => r.SurveyId == survey.Id));
        Assert.All(responseImports, r => Assert.Equal("responses", r.Entity));
        Assert.Equal(responseImports.Select(r => r.StartedAt).OrderDescending(), responseImports.Select(r => r.StartedAt));
    }

    [Fact]
    public async Task Invitations_page_newest_first_and_by_address()
    {
        var client = await AdminAsync();
        var survey = await OpenSurveyAsync(client);
        var addresses = Shuffled.Select(i => $"buyer-{(char)('a' + i)}@customer.example").ToList();
        await (await client.PostJsonAsync($"/api/v1/surveys/{survey.Id}/invitations", new InviteRequest(Emails: addresses)))
            .ReadAsync<List<InvitationView>>();
        var url = $"/api/v1/surveys/{survey.Id}/invitations";

        var newestFirst = await WalkAllAsync<InvitationView>(client, url, i => i.Id);
        var byAddress = await WalkAllAsync<InvitationView>(client, $"{url}?sort=email", i => i.Id);
        var answered = await (await client.GetAsync($"{url}?status=answered")).ReadItemsAsync<InvitationView>();

        Assert.Equal(addresses.Count, newestFirst.Count);
        Assert.Equal(newestFirst.Select(i => i.CreatedAt).OrderDescending(), newestFirst.Select(i => i.CreatedAt));
        Assert.Equal(addresses.Order(StringComparer.Ordinal), byAddress.Select(i => i.Email));
        Assert.Empty(answered);
    }

    [Fact]
    public async Task The_audit_log_pages_newest_first_for_one_entity()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        foreach (var i in Shuffled.Skip(1))
        {
            await (await client.PutJsonAsync($"/api/v1/accounts/{account.Id}", new AccountDetails($"{account.Name} {i}", RelationshipType.Relational)))
                .ReadAsync<AccountView>();
        }

        var entries = await WalkAllAsync<AuditEntryView>(client, $"/api/v1/audit?entityId={account.Id}", e => e.Id);
        var oldestFirst = await WalkAllAsync<AuditEntryView>(client, $"/api/v1/audit?entityId={account.Id}&sort=at&order=asc", e => e.Id);

        Assert.Equal(Shuffled.Length, entries.Count);
        Assert.Equal(AuditAction.Added, entries[^1].Action);
        Assert.Equal(entries.Select(e => e.At).OrderDescending(), entries.Select(e => e.At));
        Assert.Equal(entries.Select(e => e.Id).Reverse(), oldestFirst.Select(e => e.Id));
    }

    [Fact]
    public async Task Every_paged_list_answers_a_bad_cursor_or_sort_with_a_400_naming_it()
    {
        var client = await AdminAsync();
        var account = await AccountAsync(client);
        var survey = await OpenSurveyAsync(client);
        string[] lists =
        [
            "/api/v1/events?x=1", $"/api/v1/actions?account={account.Id}", $"/api/v1/accounts/{account.Id}/stakeholders?x=1",
            $"/api/v1/surveys/{survey.Id}/responses?x=1", $"/api/v1/surveys/{survey.Id}/invitations?x=1", "/api/v1/imports?x=1",
            $"/api/v1/alerts?accountId={account.Id}", $"/api/v1/audit?entityId={account.Id}",
        ];

        foreach (var list in lists)
        {
            Assert.Equal(["cursor"], (await (await client.GetAsync($"{list}&cursor=not-a-cursor")).ValidationErrorsAsync()).Keys);
            Assert.Equal(["sort"], (await (await client.GetAsync($"{list}&sort=favourite_colour")).ValidationErrorsAsync()).Keys);
            Assert.Equal(["limit"], (await (await client.GetAsync($"{list}&limit=0")).ValidationErrorsAsync()).Keys);
        }
    }
}

public sealed class ListPagingOnSqlite(SqliteApp app) : ListPagingTests<SqliteApp>(app);

public sealed class ListPagingOnPostgres(PostgresApp app) : ListPagingTests<PostgresApp>(app);
