using System.Net;
using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Users;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Dashboards;

/// <summary>The dashboards' numbers, read through the API on the demo workspace, equal what the other pages' APIs show.</summary>
public abstract class DashboardsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const double Tolerance = 1e-9;

    [Fact]
    public async Task Survey_scores_and_their_monthly_trend_equal_each_surveys_analysis()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var scores = await RowsAsync(client, "scores");
        var trends = await RowsAsync(client, "score-trends");

        Assert.Contains(scores, r => r.GetProperty("measure").GetString() == "nps");
        foreach (var row in scores)
        {
            var id = row.GetProperty("survey_id").GetString();
            var measure = row.GetProperty("measure").GetString()!;
            var analysis = await ObjectAsync(client, $"/api/v1/surveys/{id}/analysis?period=month");
            var result = analysis.GetProperty(measure);
            var (value, margin) = measure switch
            {
                "nps" => (result.GetProperty("score").GetDouble(), result.GetProperty("marginOfError").GetDouble()),
                "csat" => (result.GetProperty("share").GetDouble() * 100, double.NaN),
                _ => (result.GetProperty("mean").GetDouble(), double.NaN),
            };
            Assert.Equal(value, row.GetProperty("value").GetDouble(), Tolerance);
            if (!double.IsNaN(margin))
            {
                Assert.Equal(margin, row.GetProperty("margin").GetDouble(), Tolerance);
            }
            Assert.Equal(result.GetProperty("responses").GetInt32(), row.GetProperty("responses").GetInt32());

            var points = analysis.GetProperty("trend").EnumerateArray().ToList();
            var mine = trends.Where(t => t.GetProperty("survey_id").GetString() == id).ToList();
            Assert.Equal(points.Select(p => p.GetProperty("period").GetString()), mine.Select(t => t.GetProperty("period").GetString()));
            Assert.Equal(points.Select(p => p.GetProperty("scores").GetProperty("responses").GetInt32()),
                mine.Select(t => t.GetProperty("responses").GetInt32()));
        }
    }

    [Fact]
    public async Task Servqual_gaps_per_dimension_equal_the_survey_analysis()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var rows = await RowsAsync(client, "servqual");

        Assert.NotEmpty(rows);
        foreach (var survey in rows.GroupBy(r => r.GetProperty("survey_id").GetString()))
        {
            var analysis = await ObjectAsync(client, $"/api/v1/surveys/{survey.Key}/analysis");
            var dimensions = analysis.GetProperty("servqual").GetProperty("dimensions").EnumerateArray().ToList();
            Assert.Equal(dimensions.Count, survey.Count());
            Assert.Equal(dimensions.Select(d => d.GetProperty("gap").GetDouble()), survey.Select(r => r.GetProperty("gap").GetDouble()));
        }
    }

    [Fact]
    public async Task Keyword_frequencies_equal_the_feedback_inbox_content_analysis_of_survey_answers()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var rows = await RowsAsync(client, "keywords");
        var inbox = await ObjectAsync(client, "/api/v1/feedback?source=survey");

        var expected = inbox.GetProperty("contentAnalysis").EnumerateArray()
            .Select(k => $"{k.GetProperty("topic").GetString()}|{k.GetProperty("keyword").GetString()}|{k.GetProperty("frequency").GetInt32()}").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => $"{r.GetProperty("topic").GetString()}|{r.GetProperty("keyword").GetString()}|{r.GetProperty("frequency").GetInt32()}"));
        Assert.All(rows, r => Assert.True(
            r.GetProperty("positive").GetInt32() + r.GetProperty("neutral").GetInt32() + r.GetProperty("negative").GetInt32() <= r.GetProperty("frequency").GetInt32()));
    }

    [Fact]
    public async Task Practice_mix_per_phase_adds_up_to_the_recurrence_of_the_events_analysis()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var mix = await RowsAsync(client, "practice-mix");
        var circumplex = await RowsAsync(client, "circumplex");
        var analysis = await ObjectAsync(client, "/api/v1/events/analysis");

        var recurrence = analysis.GetProperty("recurrence").EnumerateArray()
            .GroupBy(r => r.GetProperty("phase").GetInt32()).ToDictionary(g => g.Key, g => g.Sum(r => r.GetProperty("count").GetInt32()));
        Assert.All(mix, m => Assert.Equal(recurrence.GetValueOrDefault(m.GetProperty("phase").GetInt32()), m.GetProperty("total").GetInt32()));
        Assert.Equal(recurrence.Values.Sum(), mix.Sum(m => m.GetProperty("total").GetInt32()));
        Assert.Equal(analysis.GetProperty("circumplex").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()),
            circumplex.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(circumplex.Sum(c => c.GetProperty("count").GetInt32()),
            mix.Sum(m => m.GetProperty("total").GetInt32() - m.GetProperty("without_mode").GetInt32()));
    }

    [Fact]
    public async Task Attainment_response_rates_and_open_actions_equal_their_own_pages()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var attainment = await RowsAsync(client, "attainment");
        var experiences = (await ItemsAsync(client, "/api/v1/experiences")).ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(experiences.Count, attainment.Count);
        Assert.All(attainment, a =>
        {
            var realized = experiences[a.GetProperty("experience_id").GetString()!].GetProperty("realized");
            // The same readings, summed in whatever order the database returned them.
            Assert.Equal(Number(realized) ?? double.NaN, Number(a.GetProperty("realized")) ?? double.NaN, Tolerance);
        });

        var rates = await RowsAsync(client, "response-rates");
        Assert.NotEmpty(rates);
        foreach (var rate in rates)
        {
            var overall = (await ObjectAsync(client, $"/api/v1/surveys/{rate.GetProperty("survey_id").GetString()}/response-rates")).GetProperty("overall");
            Assert.Equal(overall.GetProperty("invited").GetInt32(), rate.GetProperty("invited").GetInt32());
            Assert.Equal(overall.GetProperty("answered").GetInt32(), rate.GetProperty("answered").GetInt32());
        }

        var open = await RowsAsync(client, "open-actions");
        var active = await ItemsAsync(client, "/api/v1/actions?active=true");
        Assert.True(active.Count > 0);
        Assert.Equal(active.Count, open.Sum(r => r.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task The_portfolio_panel_lists_every_account_with_the_health_and_revenue_the_portfolio_sums()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);

        var rows = await RowsAsync(client, "portfolio");
        var summary = await ObjectAsync(client, "/api/v1/health/portfolio");
        var accounts = await app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<DyadDbContext>().Accounts.CountAsync());

        Assert.Equal(accounts, rows.Count);
        Assert.Equal(summary.GetProperty("accounts").GetInt32(), rows.Count);
        decimal RevenueIn(string rag) => rows.Where(r => r.GetProperty("rag").ValueKind == JsonValueKind.String && r.GetProperty("rag").GetString() == rag)
            .Sum(r => r.GetProperty("annual_revenue").ValueKind == JsonValueKind.Null ? 0 : r.GetProperty("annual_revenue").GetDecimal());
        Assert.Equal(summary.GetProperty("revenueAtRisk").GetDecimal(), RevenueIn("red"));
        Assert.Equal(summary.GetProperty("amberRevenue").GetDecimal(), RevenueIn("amber"));
        Assert.Contains(rows, r => r.GetProperty("health").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task An_account_manager_sees_only_the_accounts_they_own()
    {
        var (john, owned) = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "john@demo.example");
            var accounts = await db.Accounts.Where(a => a.OwnerId == user.Id).Select(a => a.Id).ToListAsync();
            return (new UserView(user.Id, user.Email!, user.DisplayName, user.Role, user.WorkspaceId), accounts.Select(a => a.ToString()).ToHashSet());
        });
        var manager = await app.ApiClientAsync(john);
        var cx = await app.ApiClientAsync(DyadRole.CxManager);

        var theirs = await RowsAsync(manager, "experience-timeline");
        var everyone = await RowsAsync(cx, "experience-timeline");
        Assert.NotEmpty(theirs);
        Assert.All(theirs, r => Assert.Contains(r.GetProperty("account_id").GetString()!, owned));
        Assert.Contains(everyone, r => !owned.Contains(r.GetProperty("account_id").GetString()!));

        var actions = await ItemsAsync(cx, "/api/v1/actions?active=true");
        Assert.Equal(actions.Count(a => owned.Contains(a.GetProperty("accountId").GetString()!)),
            (await RowsAsync(manager, "open-actions")).Sum(r => r.GetProperty("count").GetInt32()));

        var nps = (await RowsAsync(cx, "scores")).First(r => r.GetProperty("measure").GetString() == "nps");
        var mine = (await RowsAsync(manager, "scores")).Where(r => r.GetProperty("survey_id").GetString() == nps.GetProperty("survey_id").GetString())
            .Sum(r => r.GetProperty("responses").GetInt32());
        var expected = 0;
        foreach (var account in owned)
        {
            var analysis = await ObjectAsync(cx, $"/api/v1/surveys/{nps.GetProperty("survey_id").GetString()}/analysis?accountId={account}");
            expected += analysis.GetProperty("responses").GetInt32();
        }
        Assert.Equal(expected, mine);
        Assert.True(mine < nps.GetProperty("responses").GetInt32());

        var portfolio = await RowsAsync(manager, "portfolio");
        Assert.Equal(owned, portfolio.Select(r => r.GetProperty("account_id").GetString()!).ToHashSet());

        var other = everyone.First(r => !owned.Contains(r.GetProperty("account_id").GetString()!)).GetProperty("account_id").GetString();
        Assert.Empty(await RowsAsync(manager, "experience-timeline", $"account={other}"));
    }

    [Fact]
    public async Task A_segment_filter_gives_the_same_nps_as_the_survey_analysis_for_that_segment()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);
        var nps = (await RowsAsync(client, "scores")).First(r => r.GetProperty("measure").GetString() == "nps");
        var id = nps.GetProperty("survey_id").GetString();
        var segment = Uri.EscapeDataString(Dyad.Data.Demo.DemoWorkspace.MonitorSegment);

        var filtered = (await RowsAsync(client, "scores", $"segment={segment}")).Single(r => r.GetProperty("survey_id").GetString() == id);
        var analysis = await ObjectAsync(client, $"/api/v1/surveys/{id}/analysis?segment={segment}");

        Assert.Equal(analysis.GetProperty("nps").GetProperty("score").GetDouble(), filtered.GetProperty("value").GetDouble(), Tolerance);
        Assert.True(filtered.GetProperty("responses").GetInt32() < nps.GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task The_csv_download_writes_negative_gaps_as_numbers_and_names_each_column()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var response = await client.GetAsync("/api/v1/dashboards/servqual?format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("survey_id,survey,respondents,dimension,expectation,perception,gap", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Split(',')[^1].StartsWith('-'));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",'-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_panels_are_404_and_bad_filters_are_named()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/dashboards/revenue-forecast")).StatusCode);
        var errors = await (await client.GetAsync("/api/v1/dashboards/scores?period=5y&phase=zero&role=boss&from=2026-13-01")).ValidationErrorsAsync();
        Assert.Equal(["from", "period", "phase", "role"], errors.Keys.Order());
    }

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private static async Task<List<JsonElement>> RowsAsync(HttpClient client, string panel, string query = "")
    {
        var table = await ObjectAsync(client, $"/api/v1/dashboards/{panel}" + (query.Length > 0 ? "?" + query : ""));
        return table.GetProperty("rows").EnumerateArray().ToList();
    }

    private static async Task<JsonElement> ObjectAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync<JsonElement>();

    /// <summary>The rows of a paged list, as many as one page holds.</summary>
    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url) =>
        (await ObjectAsync(client, url + (url.Contains('?') ? "&" : "?") + "limit=200")).GetProperty("items").EnumerateArray().ToList();
}

public sealed class DashboardsApiOnSqlite(SqliteApp app) : DashboardsApiTests<SqliteApp>(app);

public sealed class DashboardsApiOnPostgres(PostgresApp app) : DashboardsApiTests<PostgresApp>(app);
