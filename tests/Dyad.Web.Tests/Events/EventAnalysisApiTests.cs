using System.Net;
using System.Text.Json;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Dyad.Tests.Shared;
using Dyad.Web.Events;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Events;

/// <summary>The practice analyses over the demo's 18 source cases; nothing here writes, so the cases stay as seeded.</summary>
public abstract class EventAnalysisApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static IReadOnlyList<string> Lines(IEnumerable<RecurrenceResponse> recurrence) =>
        Table2Recurrence.Sorted(recurrence.Select(r =>
            Table2Recurrence.Line(r.Phase, r.PracticeName.ToLowerInvariant(), Snake(r.Polarity), r.Count, Snake(r.Level))));

    private static string Snake<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    [Fact]
    public async Task Recurrence_of_the_demo_events_reproduces_the_per_phase_counts_of_001_Table_2()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var analysis = await (await client.GetAsync("/api/v1/events/analysis")).ReadAsync<PracticeAnalysisResponse>();

        Assert.Equal(BuiltInJourneyTemplates.ServiceJourney, analysis.TemplateName);
        Assert.Equal(Table2Recurrence.EventCount, analysis.EventCount);
        Assert.Equal(Table2Recurrence.Lines(), Lines(analysis.Recurrence));
        Assert.Equal("trigger and problem analysis", analysis.Recurrence.First().PhaseName);
    }

    [Fact]
    public async Task Recurrence_rows_name_their_practice_and_level_in_snake_case_on_the_wire()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var json = await (await client.GetAsync("/api/v1/events/analysis?phase=1")).ReadAsync<JsonElement>();

        var first = json.GetProperty("recurrence")[0];
        Assert.Equal(1, first.GetProperty("phase").GetInt32());
        Assert.Equal("analysing_the_problem", first.GetProperty("practiceKey").GetString());
        Assert.Equal("Analysing the problem thoroughly", first.GetProperty("practiceName").GetString());
        Assert.Equal("facilitating", first.GetProperty("polarity").GetString());
        Assert.Equal(2, first.GetProperty("count").GetInt32());
        Assert.Equal("sometimes", first.GetProperty("level").GetString());
        var placement = json.GetProperty("circumplex").EnumerateArray().First();
        Assert.Contains(placement.GetProperty("quadrant").GetString(), new[] { "ad_hoc_reactive", "regular_reactive", "ad_hoc_proactive", "regular_proactive" });
        Assert.Contains(placement.GetProperty("effect").GetString(), new[] { "restore", "bolster" });
    }

    [Fact]
    public async Task Analysis_narrowed_to_a_phase_or_an_account_counts_only_their_events()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);
        var phase4 = await (await client.GetAsync("/api/v1/events/analysis?phase=4")).ReadAsync<PracticeAnalysisResponse>();
        var account = (await (await client.GetAsync("/api/v1/accounts?search=Haven%20Logistics")).ReadAsync<CursorPage<AccountSummary>>()).Items.Single();
        var accountEvents = await (await client.GetAsync($"/api/v1/events?accountId={account.Id}")).ReadItemsAsync<EventSummary>();

        var forAccount = await (await client.GetAsync($"/api/v1/events/analysis?accountId={account.Id}")).ReadAsync<PracticeAnalysisResponse>();

        Assert.Equal(Table2Recurrence.Lines(phase: 4), Lines(phase4.Recurrence));
        Assert.NotEmpty(accountEvents);
        Assert.All(accountEvents, e => Assert.Equal(account.Id, e.AccountId));
        Assert.Equal(accountEvents.Count, forAccount.EventCount);
        Assert.Equal(accountEvents.Sum(e => e.PracticeCount), forAccount.Recurrence.Sum(r => r.Count));
    }

    [Fact]
    public async Task Analysis_of_an_unknown_template_is_not_found_and_a_reversed_date_range_is_refused()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var unknown = await client.GetAsync($"/api/v1/events/analysis?templateId={Guid.NewGuid()}");
        var reversed = await (await client.GetAsync("/api/v1/events?from=2026-05-01&to=2026-04-01")).ValidationErrorsAsync();

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("before", reversed["to"][0]);
    }
}

public sealed class EventAnalysisApiOnSqlite(SqliteApp app) : EventAnalysisApiTests<SqliteApp>(app);

public sealed class EventAnalysisApiOnPostgres(PostgresApp app) : EventAnalysisApiTests<PostgresApp>(app);
