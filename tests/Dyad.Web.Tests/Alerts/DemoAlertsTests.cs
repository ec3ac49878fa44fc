using Dyad.Core.Workspaces;
using Dyad.Data.Alerts;
using Dyad.Data.Common;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Alerts;

/// <summary>The demo's logged communications fire the warning signs they were written for, and their harmless twins do not.</summary>
public abstract class DemoAlertsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private async Task<ILookup<string, AlertView>> EvaluateDemoAsync()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);
        await (await client.PostAsync("/api/v1/alerts/evaluate", null)).ReadAsync<EvaluationResult>();
        var alerts = await (await client.GetAsync($"/api/v1/alerts?status=open&limit={CursorRequest.MaxLimit}")).ReadAsync<CursorPage<AlertView>>();
        return alerts.Items.ToLookup(a => a.RuleKey);
    }

    [Fact]
    public async Task The_demo_shows_each_warning_sign_once_on_the_account_it_was_logged_for()
    {
        var alerts = await EvaluateDemoAsync();

        var question = Assert.Single(alerts["unanswered_question"]);
        Assert.Equal("Gemeente Oostveld", question.AccountName);
        Assert.Contains("Hassan El Amrani asked by portal", question.Reason);
        Assert.Equal("Gemeente Oostveld", Assert.Single(alerts["contradicted_commitment"]).AccountName);
        var standIn = Assert.Single(alerts["stand_in_without_handover"]);
        Assert.StartsWith("Bob, director stood in for John Verhoef at the key meeting \"Project kick-off\"", standIn.Reason);
        var cost = Assert.Single(alerts["cost_after_signature"]);
        Assert.StartsWith("A cost of 6,800 (\"Travel and lodging for the factory acceptance test\")", cost.Reason);
        var pushes = Assert.Single(alerts["repeated_push_after_no"]);
        Assert.Equal("Delta Chemicals", pushes.AccountName);
        Assert.EndsWith("we pushed a sale 3 times since.", pushes.Reason);
        Assert.Equal(["Delta Chemicals", "Haven Logistics", "Noordzorg Care Group"],
            alerts["c1_relationship_mismatch"].Select(a => a.AccountName).Order());
    }
}

public sealed class DemoAlertsOnSqlite(SqliteApp app) : DemoAlertsTests<SqliteApp>(app);

public sealed class DemoAlertsOnPostgres(PostgresApp app) : DemoAlertsTests<PostgresApp>(app);
