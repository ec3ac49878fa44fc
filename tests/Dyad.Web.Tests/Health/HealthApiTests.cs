using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Health;
using Dyad.Core.Surveys;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Health;
using Dyad.Data.Surveys;
using Dyad.Data.Users;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Health;

/// <summary>
/// The health API on a workspace of its own per test: four accounts of known revenue, each with one NPS answer (or none)
/// and a scorecard that weighs NPS alone, so each account's colour and the revenue at risk are known in advance.
/// </summary>
public abstract class HealthApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly Scorecard NpsOnly = new(
        Enum.GetValues<HealthInput>().Select(i => new InputWeight(i, i == HealthInput.Nps ? 100 : 0)).ToList(), RedBelow: 40, GreenFrom: 70);

    private sealed record Scene(string Slug, HttpClient Manager, UserView Owner, Dictionary<string, AccountView> Accounts);

    /// <summary>Red Co answers NPS 0 (score 0), Amber Co 7 (50), Green Co 10 (100); Quiet Co answers nothing.</summary>
    private async Task<Scene> SceneAsync()
    {
        var slug = $"health-{Guid.NewGuid():N}"[..24];
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var owner = await app.CreateUserAsync(DyadRole.AccountManager, slug);
        await (await manager.PutJsonAsync("/api/v1/health/scorecard", NpsOnly)).ReadAsync<Scorecard>();
        var survey = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Relationship NPS", "nps"))).ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await manager.PutJsonAsync($"/api/v1/surveys/{survey.Id}", new SurveyDetails("Relationship NPS", "nps", Status: SurveyStatus.Open)))
            .ReadAsync<SurveyView>();
        var accounts = new Dictionary<string, AccountView>();
        foreach (var (name, revenue, nps, segment) in new (string, decimal, int?, string)[]
                 {
                     ("Red Co", 500_000m, 0, "Manufacturing"), ("Amber Co", 200_000m, 7, "Manufacturing"),
                     ("Green Co", 300_000m, 10, "Training"), ("Quiet Co", 100_000m, null, "Training"),
                 })
        {
            var account = await (await manager.PostJsonAsync("/api/v1/accounts",
                new AccountDetails(name, RelationshipType.Relational, Segment: segment, AnnualRevenue: revenue, OwnerId: owner.Id)))
                .ReadAsync<AccountView>(HttpStatusCode.Created);
            accounts[name] = account;
            if (nps is { } score)
            {
                await (await manager.PostJsonAsync($"/api/v1/surveys/{survey.Id}/responses",
                        new SubmitResponseRequest(new Dictionary<string, Answer> { ["score"] = new(Number: score) }, account.Id)))
                    .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
            }
        }
        return new Scene(slug, manager, owner, accounts);
    }

    [Fact]
    public async Task Revenue_at_risk_is_the_annual_revenue_of_the_accounts_in_red_with_amber_shown_apart()
    {
        var scene = await SceneAsync();

        var summary = await (await scene.Manager.GetAsync("/api/v1/health/portfolio")).ReadAsync<PortfolioSummary>();

        Assert.Equal((4, 1_100_000m, 500_000m, 200_000m, 50.0), (summary.Accounts, summary.TotalRevenue, summary.RevenueAtRisk, summary.AmberRevenue,
            summary.AverageScore!.Value));
        Assert.Equal([(Rag.Red, 1, 500_000m), (Rag.Amber, 1, 200_000m), (Rag.Green, 1, 300_000m), ((Rag?)null, 1, 100_000m)],
            summary.ByRag.Select(r => (r.Rag, r.Accounts, r.Revenue)));
        var training = await (await scene.Manager.GetAsync("/api/v1/health/portfolio?segment=Training")).ReadAsync<PortfolioSummary>();
        Assert.Equal((2, 0m), (training.Accounts, training.RevenueAtRisk));
    }

    [Fact]
    public async Task The_account_list_sorts_by_health_revenue_or_trend_and_filters_by_colour_and_owner()
    {
        var scene = await SceneAsync();

        async Task<List<string>> NamesAsync(string query) =>
            (await (await scene.Manager.GetAsync($"/api/v1/health/accounts?{query}")).ReadAsync<List<AccountHealthRow>>()).Select(r => r.Name).ToList();

        Assert.Equal(["Red Co", "Amber Co", "Green Co", "Quiet Co"], await NamesAsync("sort=health"));
        Assert.Equal(["Red Co", "Green Co", "Amber Co", "Quiet Co"], await NamesAsync("sort=revenue&descending=true"));
        Assert.Equal(["Amber Co"], await NamesAsync("rag=amber"));
        Assert.Equal(4, (await NamesAsync($"ownerId={scene.Owner.Id}")).Count);
        var green = Assert.Single(await (await scene.Manager.GetAsync("/api/v1/health/accounts?rag=green")).ReadAsync<List<AccountHealthRow>>());
        Assert.Equal((100.0, 100.0, 300_000m, scene.Owner.DisplayName), (green.Score!.Value, green.Nps!.Value, green.AnnualRevenue!.Value, green.OwnerName));
        var errors = await (await scene.Manager.GetAsync("/api/v1/health/accounts?sort=mood&rag=purple")).ValidationErrorsAsync();
        Assert.Equal(["rag", "sort"], errors.Keys.Order());
    }

    [Fact]
    public async Task An_accounts_health_says_why_and_recomputing_twice_a_day_keeps_one_point_of_history()
    {
        var scene = await SceneAsync();
        var red = scene.Accounts["Red Co"].Id;

        var first = await (await scene.Manager.PostAsync("/api/v1/health/recompute", null)).ReadAsync<RecomputeResult>();
        await (await scene.Manager.PostAsync($"/api/v1/health/recompute?accountId={red}", null)).ReadAsync<RecomputeResult>();
        var health = await (await scene.Manager.GetAsync($"/api/v1/health/accounts/{red}")).ReadAsync<AccountHealthView>();

        Assert.Equal(4, first.Accounts);
        Assert.Equal((0.0, Rag.Red), (health.Score!.Value, health.Rag!.Value));
        Assert.Equal("Overall 0: red (red below 40, green from 70).", health.Reasons[0]);
        Assert.Contains("NPS 0 (weight 100, 100 % of the score): NPS -100 from 1 answer in the last 12 months, put on 0-100 as (NPS + 100) / 2.",
            health.Reasons);
        var point = Assert.Single(health.History);
        Assert.Equal((first.Day, 0.0), (point.Day, point.Score!.Value));
        Assert.Null(health.Trend);
    }

    [Fact]
    public async Task Inputs_without_data_are_left_out_and_the_reasons_say_so()
    {
        var scene = await SceneAsync();
        await (await scene.Manager.PutJsonAsync("/api/v1/health/scorecard", Scorecard.Default)).ReadAsync<Scorecard>();

        var health = await (await scene.Manager.GetAsync($"/api/v1/health/accounts/{scene.Accounts["Amber Co"].Id}")).ReadAsync<AccountHealthView>();

        // NPS 7 is a passive, score 50; the detractor rule opened no action, so only NPS and the answer's recency (100) have
        // data: (20 x 50 + 10 x 100) / 30.
        Assert.Equal(66.7, health.Score);
        Assert.Equal(Rag.Amber, health.Rag);
        Assert.Equal("No data for CSAT, CES, SERVQUAL gap, Target experiences, Critical events, SLA breaches, Open risks: their weights "
                     + "(10, 10, 10, 10, 10, 10, 10) are left out and the other weights renormalised over 30.", health.Reasons[^1]);
    }

    [Fact]
    public async Task The_scorecard_is_refused_field_by_field_and_only_configurers_change_it()
    {
        var scene = await SceneAsync();
        var owner = await app.ApiClientAsync(scene.Owner, scene.Slug);
        var bad = new Scorecard([new(HealthInput.Nps, 150), new(HealthInput.Csat, 10)], RedBelow: 70, GreenFrom: 60);

        var errors = await (await scene.Manager.PutJsonAsync("/api/v1/health/scorecard", bad)).ValidationErrorsAsync();

        Assert.Equal(["A weight is between 0 and 100."], errors["weights[0].weight"]);
        Assert.Equal(["Green starts above where red ends (70), so amber has room between them."], errors["greenFrom"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PutJsonAsync("/api/v1/health/scorecard", Scorecard.Default)).StatusCode);
        var stored = await (await owner.GetAsync("/api/v1/health/scorecard")).ReadAsync<Scorecard>();
        Assert.Equal(100, stored.WeightOf(HealthInput.Nps));
        Assert.Equal(0, stored.WeightOf(HealthInput.Engagement));
    }

    [Fact]
    public async Task Viewers_read_health_contributors_recompute_and_another_workspace_sees_nothing()
    {
        var scene = await SceneAsync();
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, scene.Slug);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor, scene.Slug);
        var stranger = await app.ApiClientAsync(DyadRole.Admin, "health-stranger");

        Assert.Equal(4, (await (await viewer.GetAsync("/api/v1/health/accounts")).ReadAsync<List<AccountHealthRow>>()).Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/health/recompute", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await contributor.PostAsync("/api/v1/health/recompute", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/health/accounts/{scene.Accounts["Red Co"].Id}")).StatusCode);
        Assert.DoesNotContain((await (await stranger.GetAsync("/api/v1/health/accounts")).ReadAsync<List<AccountHealthRow>>()),
            r => r.Name == "Red Co");
    }
}

public sealed class HealthApiOnSqlite(SqliteApp app) : HealthApiTests<SqliteApp>(app);

public sealed class HealthApiOnPostgres(PostgresApp app) : HealthApiTests<PostgresApp>(app);
