using System.Net;
using Dyad.Core.Initiatives;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Initiatives;
using Dyad.Data.JourneyDesign;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Initiatives;

public abstract class InitiativesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static int _year = 2040;

    /// <summary>A quarter no other test uses, so each test sees only its own prioritised areas.</summary>
    private static string FreshQuarter() => $"{Interlocked.Increment(ref _year)}-Q2";

    private static async Task<InitiativeView> CreateAsync(HttpClient client, InitiativeDetails details) =>
        await (await client.PostJsonAsync("/api/v1/initiatives", details)).ReadAsync<InitiativeView>(HttpStatusCode.Created);

    [Fact]
    public async Task The_demo_initiatives_are_measured_before_and_after_from_the_demo_responses()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var list = await (await viewer.GetAsync("/api/v1/initiatives")).ReadAsync<InitiativeList>();
        var responsiveId = list.Items.Single(i => i.Title == DemoWorkspace.ResponsiveInitiative).Id;
        var proactiveId = list.Items.Single(i => i.Title == DemoWorkspace.ProactiveInitiative).Id;

        var responsive = await (await viewer.GetAsync($"/api/v1/initiatives/{responsiveId}")).ReadAsync<InitiativeView>();
        var proactive = await (await viewer.GetAsync($"/api/v1/initiatives/{proactiveId}")).ReadAsync<InitiativeView>();

        Assert.Equal(InitiativeStage.Remeasure, responsive.CurrentStage);
        Assert.Equal(BuiltInJourneyTemplates.ServiceJourney, responsive.Scope.TemplateName);
        // The demo NPS climbs over the year, so the half-year after the change scores above the one before.
        var result = responsive.Result!;
        Assert.True(result.Before.Count > 0 && result.After.Count > 0);
        Assert.True(result.After.Value > result.Before.Value);
        Assert.True(result.Improved);
        Assert.Equal(InitiativeStage.AlignTouchpoints, proactive.CurrentStage);
        Assert.Equal(MeasureMetric.NegativeFeedbackShare, proactive.Result!.Metric);
        Assert.Equal(InitiativeSettings.DefaultPrioritisedPerQuarter, list.PrioritisedPerQuarter);
    }

    [Fact]
    public async Task An_initiative_walks_through_its_stages_with_owners_and_due_dates()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var created = await CreateAsync(cxManager, new InitiativeDetails(InitiativeKind.Proactive, "Inspiring training sessions"));
        var url = $"/api/v1/initiatives/{created.Id}/stages";

        var defined = await (await contributor.PutJsonAsync($"{url}/define_target_experiences",
            new StageUpdate("Sanne Kuipers", new DateOnly(2026, 12, 1), "Inspiring: curious, energised", Completed: true))).ReadAsync<InitiativeView>();
        var aligned = await (await contributor.PutJsonAsync($"{url}/align_touchpoints", new StageUpdate("Trainer", Completed: true))).ReadAsync<InitiativeView>();
        var reopened = await (await contributor.PutJsonAsync($"{url}/align_touchpoints", new StageUpdate("Trainer"))).ReadAsync<InitiativeView>();

        Assert.Equal([InitiativeStage.DefineTargetExperiences, InitiativeStage.AlignTouchpoints, InitiativeStage.Measure], created.Stages.Select(s => s.Stage));
        Assert.Equal(InitiativeStage.DefineTargetExperiences, created.CurrentStage);
        Assert.Equal(("Sanne Kuipers", new DateOnly(2026, 12, 1)), (defined.Stages[0].Owner, defined.Stages[0].Due));
        Assert.StartsWith("Test Contributor", defined.Stages[0].CompletedBy);
        Assert.Equal(InitiativeStage.Measure, aligned.CurrentStage);
        Assert.Equal(InitiativeStage.AlignTouchpoints, reopened.CurrentStage);
        Assert.Null(reopened.Stages[1].CompletedAt);
        Assert.Contains("has no stage 'Root cause'", (await (await contributor.PutJsonAsync($"{url}/root_cause", new StageUpdate(Completed: true))).ValidationErrorsAsync())["stages"][0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutJsonAsync($"{url}/measure", new StageUpdate(Completed: true))).StatusCode);
    }

    [Fact]
    public async Task A_quarter_takes_a_few_prioritised_areas_and_refuses_one_more_with_a_clear_error()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var quarter = FreshQuarter();
        var areas = new List<InitiativeView>();
        foreach (var title in new[] { "Responsiveness", "Documentation", "Professional FAT", "Meetings" })
        {
            areas.Add(await CreateAsync(cxManager, new InitiativeDetails(InitiativeKind.Responsive, title)));
        }
        foreach (var area in areas.Take(3))
        {
            await (await cxManager.PutJsonAsync($"/api/v1/initiatives/{area.Id}/priority", new Prioritisation(quarter))).ReadAsync<InitiativeView>();
        }

        var refused = await (await cxManager.PutJsonAsync($"/api/v1/initiatives/{areas[3].Id}/priority", new Prioritisation(quarter))).ValidationErrorsAsync();
        await (await cxManager.PutJsonAsync($"/api/v1/initiatives/{areas[0].Id}/priority", new Prioritisation(null))).ReadAsync<InitiativeView>();
        var accepted = await (await cxManager.PutJsonAsync($"/api/v1/initiatives/{areas[3].Id}/priority", new Prioritisation(quarter))).ReadAsync<InitiativeView>();

        Assert.Equal($"{quarter} already has 3 prioritised areas (Documentation, Professional FAT, Responsiveness); a quarter takes at most 3. " +
                     "Move one of them to another quarter first.", refused["prioritisedIn"].Single());
        Assert.Equal(quarter, accepted.PrioritisedIn);
        var list = await (await cxManager.GetAsync("/api/v1/initiatives")).ReadAsync<InitiativeList>();
        Assert.Equal(["Documentation", "Meetings", "Professional FAT"], list.Items.Where(i => i.PrioritisedIn == quarter).Select(i => i.Title).Order());
        Assert.Contains("quarter", (await (await cxManager.PutJsonAsync($"/api/v1/initiatives/{areas[0].Id}/priority", new Prioritisation("Q4 2026"))).ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task The_measurement_reads_only_the_scoped_touchpoints_and_a_survey_that_asks_the_metric()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var template = (await (await cxManager.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>()).Single(t => t.Name == BuiltInJourneyTemplates.ServiceJourney);
        var design = await (await cxManager.GetAsync($"/api/v1/templates/{template.Id}/design")).ReadAsync<JourneyDesignView>();
        var surveys = (await (await cxManager.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items;
        var nps = surveys.Single(s => s.Name == DemoWorkspace.NpsSurvey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        MeasurementPlan Plan(MeasureMetric metric) => new(metric, nps.Id, null, today.AddDays(-400), today.AddDays(-200), today.AddDays(-199), today);
        var whole = new InitiativeScope(template.Id);
        var firstTouchpoint = design.Current.SelectMany(p => p.Touchpoints).First().Touchpoint;

        var all = await CreateAsync(cxManager, new InitiativeDetails(InitiativeKind.Responsive, "Whole journey", Scope: whole, Measurement: Plan(MeasureMetric.Nps)));
        var one = await CreateAsync(cxManager, new InitiativeDetails(InitiativeKind.Responsive, "One touchpoint",
            Scope: whole with { TouchpointKeys = [firstTouchpoint.Key] }, Measurement: Plan(MeasureMetric.Nps)));
        var wrongSurvey = await (await cxManager.PostJsonAsync("/api/v1/initiatives", new InitiativeDetails(InitiativeKind.Responsive, "CSAT from NPS",
            Measurement: Plan(MeasureMetric.Csat)))).ValidationErrorsAsync();
        var strangeTouchpoint = await (await cxManager.PostJsonAsync("/api/v1/initiatives", new InitiativeDetails(InitiativeKind.Responsive, "Elsewhere",
            Scope: whole with { TouchpointKeys = [Guid.NewGuid()] }))).ValidationErrorsAsync();

        Assert.Equal([firstTouchpoint.Name], one.Scope.TouchpointNames);
        Assert.True(one.Result!.Before.Count + one.Result.After.Count < all.Result!.Before.Count + all.Result.After.Count);
        Assert.Contains("does not ask the CSAT question", wrongSurvey["measurement.SurveyId"][0]);
        Assert.Contains("scope.TouchpointKeys", strangeTouchpoint.Keys);
    }
}

public sealed class InitiativesApiOnSqlite(SqliteApp app) : InitiativesApiTests<SqliteApp>(app);

public sealed class InitiativesApiOnPostgres(PostgresApp app) : InitiativesApiTests<PostgresApp>(app);
