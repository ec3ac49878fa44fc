using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Experiences;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Demo;
using Dyad.Data.Experiences;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Experiences;

/// <summary>Target experiences through the API: versions, links and attainment. Each test works in a workspace of its own.</summary>
public abstract class ExperiencesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string Experiences = "/api/v1/experiences";

    private static TargetExperienceDefinition Secure => TargetExperienceLibrary.Find("secure")!.Definition;

    private async Task<(string Slug, HttpClient Manager)> WorkspaceAsync()
    {
        var slug = $"tx-{Guid.NewGuid():N}"[..20];
        return (slug, await app.ApiClientAsync(DyadRole.CxManager, slug));
    }

    [Fact]
    public async Task Every_change_of_a_target_experience_is_kept_as_a_version_with_who_and_when_and_versions_can_be_compared()
    {
        var (slug, manager) = await WorkspaceAsync();
        var created = await (await manager.PostJsonAsync(Experiences, Secure)).ReadAsync<TargetExperienceView>(HttpStatusCode.Created);
        var id = created.Id;

        var revised = Secure with { Name = "Secure deliveries", IntendedAttainment = 80, ExchangeType = RelationshipType.Relational };
        await (await manager.PutJsonAsync($"{Experiences}/{id}", revised)).ReadAsync<TargetExperienceView>();
        var again = await (await manager.PutJsonAsync($"{Experiences}/{id}", revised)).ReadAsync<TargetExperienceView>();
        await (await manager.PostAsync($"{Experiences}/{id}/archive", null)).ReadAsync<TargetExperienceView>();
        var restored = await (await manager.PostAsync($"{Experiences}/{id}/restore", null)).ReadAsync<TargetExperienceView>();

        Assert.Equal(2, again.Version);
        Assert.Equal(4, restored.Version);
        Assert.Null(restored.ArchivedAt);
        var versions = await (await manager.GetAsync($"{Experiences}/{id}/versions")).ReadAsync<List<VersionView>>();
        Assert.Equal([4, 3, 2, 1], versions.Select(v => v.Number));
        Assert.Equal([VersionChange.Restored, VersionChange.Archived, VersionChange.Edited, VersionChange.Created], versions.Select(v => v.Change));
        Assert.All(versions, v => Assert.Equal("Test CxManager", v.ChangedBy));
        Assert.Equal("Secure", versions[^1].Definition.Name);
        Assert.Equal("Secure deliveries", versions[0].Definition.Name);

        var diff = await (await manager.GetAsync($"{Experiences}/{id}/versions/diff?from=1&to=2")).ReadAsync<VersionDiff>();
        Assert.Equal(["name", "exchangeType", "intendedAttainment"], diff.Changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("intendedAttainment", "75", "80"), diff.Changes[^1]);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Experiences}/{id}/versions/diff?from=1&to=9")).StatusCode);

        var errors = await (await manager.PutJsonAsync($"{Experiences}/{id}", revised with { Name = " " })).ValidationErrorsAsync();
        Assert.Contains("name", errors.Keys);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, slug);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutJsonAsync($"{Experiences}/{id}", Secure)).StatusCode);
        Assert.Equal(4, (await (await viewer.GetAsync($"{Experiences}/{id}")).ReadAsync<TargetExperienceView>()).Version);
        var stranger = await app.ApiClientAsync(DyadRole.CxManager, $"tx-{Guid.NewGuid():N}"[..20]);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Experiences}/{id}/versions")).StatusCode);
    }

    [Fact]
    public async Task Attainment_combines_the_linked_measures_and_slices_by_account_and_role()
    {
        var (_, manager) = await WorkspaceAsync();
        var account = await (await manager.PostJsonAsync("/api/v1/accounts", new AccountDetails("Harbour Cranes", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var user = await (await manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Ana Ruiz", null, null, null, HierarchyLevel.Operational, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var feelings = new Question("feel", QuestionType.MultipleChoice, LocalizedText.Of("How do you feel?", "Hoe voelt u zich?"),
            Options: [new("calm", LocalizedText.Of("Calm", "Rustig")), new("worried", LocalizedText.Of("Worried", "Bezorgd"))]);
        List<Question> questions = [feelings, .. BuiltInInstruments.Csat.Questions];
        var survey = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Pulse", Questions: questions, Languages: ["en", "nl"])))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await manager.PutJsonAsync($"/api/v1/surveys/{survey.Id}",
            new SurveyDetails("Pulse", Questions: questions, Languages: ["en", "nl"], Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
        var csat = BuiltInInstruments.Csat.Questions.Single(q => q.IsNumeric).Key;
        var experience = await (await manager.PostJsonAsync(Experiences, Secure)).ReadAsync<TargetExperienceView>(HttpStatusCode.Created);
        var links = $"{Experiences}/{experience.Id}/links";
        var rating = await (await manager.PostJsonAsync(links, new NewLink(LinkKind.SurveyQuestion, SurveyId: survey.Id, QuestionKey: csat)))
            .ReadAsync<LinkView>(HttpStatusCode.Created);
        await (await manager.PostJsonAsync(links, new NewLink(LinkKind.EmotionPickList, SurveyId: survey.Id, QuestionKey: "feel",
            EvokeOptions: ["calm"], AvoidOptions: ["worried"]))).ReadAsync<LinkView>(HttpStatusCode.Created);
        Assert.Contains("questionKey", (await (await manager.PostJsonAsync(links,
            new NewLink(LinkKind.SurveyQuestion, SurveyId: survey.Id, QuestionKey: "feel"))).ValidationErrorsAsync()).Keys);
        Assert.Contains("kind", (await (await manager.PostJsonAsync(links,
            new NewLink(LinkKind.SurveyQuestion, SurveyId: survey.Id, QuestionKey: csat))).ValidationErrorsAsync()).Keys);

        var before = await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment")).ReadAsync<AttainmentView>();
        Assert.Null(before.Result.Realized);
        Assert.Equal(Valence.Unmeasured, before.Valence);

        // The user: CSAT 5 of 1-5 (100) and calm only (100). The other: CSAT 2 (25), calm and worried (50).
        await RespondAsync(manager, survey.Id, 5, ["calm"], account.Id, user.Id);
        var second = await RespondAsync(manager, survey.Id, 2, ["calm", "worried"], account.Id, null);

        var all = await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment")).ReadAsync<AttainmentView>();
        Assert.Equal(68.75, all.Result.Realized!.Value, 6);
        Assert.Equal(68.75 - Secure.IntendedAttainment, all.Result.Gap!.Value, 6);
        Assert.Equal(4, all.Result.DataPoints);
        Assert.Equal(62.5, Assert.Single(all.Result.Measures, m => m.MeasureId == rating.Id).Attainment!.Value, 6);
        Assert.Equal(Valence.Positive, all.Valence);
        var period = SurveyBreakdownLabel(second.SubmittedAt);
        var point = Assert.Single(all.Trend);
        Assert.Equal((period, 4), (point.Period, point.DataPoints));

        var users = await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment?account={account.Id}&role=user&period={period}"))
            .ReadAsync<AttainmentView>();
        Assert.Equal((100.0, 2), (users.Result.Realized, users.Result.DataPoints));
        var elsewhere = await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment?account={Guid.NewGuid()}")).ReadAsync<AttainmentView>();
        Assert.Null(elsewhere.Result.Realized);
        Assert.Contains("role", (await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment?role=cfo")).ValidationErrorsAsync()).Keys);

        var matrix = await (await manager.GetAsync($"{Experiences}/matrix")).ReadAsync<List<MatrixCell>>();
        Assert.Equal(experience.Id, Assert.Single(matrix.Single(c => c.Granularity == Granularity.Nuanced && c.Valence == Valence.Positive).Experiences).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"{links}/{rating.Id}")).StatusCode);
        var emotionsOnly = await (await manager.GetAsync($"{Experiences}/{experience.Id}/attainment")).ReadAsync<AttainmentView>();
        Assert.Equal(75, emotionsOnly.Result.Realized!.Value, 6);
    }

    [Fact]
    public async Task The_demo_firms_target_experiences_are_measured_from_the_demo_answers()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var list = await (await viewer.GetAsync(Experiences)).ReadItemsAsync<TargetExperienceSummary>();

        foreach (var name in new[] { DemoWorkspace.InspiringExperience, DemoWorkspace.SecureExperience, DemoWorkspace.EffortlessExperience })
        {
            var summary = Assert.Single(list, e => e.Name == name);
            var attainment = await (await viewer.GetAsync($"{Experiences}/{summary.Id}/attainment")).ReadAsync<AttainmentView>();
            Assert.True(attainment.Result.DataPoints > 10, $"{name} is measured by the demo answers");
            Assert.All(attainment.Result.Measures, m => Assert.True(m.DataPoints > 0, $"{name}: {m.Label} has answers"));
            Assert.InRange(attainment.Result.Realized!.Value, 0, 100);
        }
        var inspiring = list.Single(e => e.Name == DemoWorkspace.InspiringExperience);
        var trend = (await (await viewer.GetAsync($"{Experiences}/{inspiring.Id}/attainment")).ReadAsync<AttainmentView>()).Trend
            .Where(t => t.Realized is not null).ToArray();
        Assert.True(trend[^1].Realized > trend[0].Realized, "the training pulse warms up month by month");
        var library = await (await viewer.GetAsync($"{Experiences}/library")).ReadAsync<List<LibraryTemplate>>();
        Assert.Contains(library, t => t.Key == "inspiring");
    }

    private static async Task<SurveyResponseView> RespondAsync(HttpClient client, Guid surveyId, int csat, string[] feelings, Guid accountId,
        Guid? stakeholderId) =>
        await (await client.PostJsonAsync($"/api/v1/surveys/{surveyId}/responses", new SubmitResponseRequest(new Dictionary<string, Answer>
        {
            [BuiltInInstruments.Csat.Questions.Single(q => q.IsNumeric).Key] = new(Number: csat),
            ["feel"] = new(Choices: feelings),
        }, accountId, stakeholderId))).ReadAsync<SurveyResponseView>(HttpStatusCode.Created);

    private static string SurveyBreakdownLabel(DateTimeOffset at) =>
        Core.Surveys.Results.SurveyBreakdown.Label(DateOnly.FromDateTime(at.UtcDateTime), Core.Surveys.Results.TrendPeriod.Month);
}

public sealed class ExperiencesApiTestsOnSqlite(SqliteApp app) : ExperiencesApiTests<SqliteApp>(app);

public sealed class ExperiencesApiTestsOnPostgres(PostgresApp app) : ExperiencesApiTests<PostgresApp>(app);
