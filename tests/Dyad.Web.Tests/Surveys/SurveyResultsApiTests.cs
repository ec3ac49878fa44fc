using System.Net;
using System.Text;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Surveys.Results;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Ingestion;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Surveys;

/// <summary>
/// Breakdowns, trends, import and export of responses through the API. Each test makes its own surveys and accounts
/// (with names of its own), so none sees another's responses.
/// </summary>
public abstract class SurveyResultsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string NpsHeader = "response_id,submitted_at,account,stakeholder_email,language,score,reason";

    private static async Task<SurveyView> OpenSurveyAsync(HttpClient manager, string? instrument, IReadOnlyList<Question>? questions = null)
    {
        var name = $"Results survey {Guid.NewGuid():N}";
        IReadOnlyList<string>? languages = questions is null ? null : ["en"];
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, instrument, questions, languages, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        return await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, instrument, questions is null ? null : draft.Questions, languages, AllowAnonymous: true, Status: SurveyStatus.Open)))
            .ReadAsync<SurveyView>();
    }

    /// <summary>An account named after <paramref name="name"/> and made unique, so tests can tell how names sort.</summary>
    private static async Task<AccountView> AccountAsync(HttpClient manager, string name, string segment, params StakeholderDetails[] people)
    {
        var account = await (await manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"{name} {Guid.NewGuid():N}", RelationshipType.Relational, Segment: segment))).ReadAsync<AccountView>(HttpStatusCode.Created);
        foreach (var person in people)
        {
            await (await manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders", person)).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        }
        return (await (await manager.GetAsync($"/api/v1/accounts/{account.Id}")).ReadAsync<AccountView>());
    }

    private static StakeholderDetails Person(BuyingCentreRole role, bool dmu) =>
        new($"{role} {Guid.NewGuid():N}", $"{Guid.NewGuid():N}@customer.example", null, null, HierarchyLevel.Middle, role, dmu);

    private static async Task SubmitAsync(HttpClient client, Guid surveyId, int score, Guid? accountId = null, Guid? stakeholderId = null) =>
        await (await client.PostJsonAsync($"/api/v1/surveys/{surveyId}/responses",
                new SubmitResponseRequest(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: score) }, accountId, stakeholderId)))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid surveyId, string csv) =>
        client.PostAsync($"/api/v1/imports/responses?survey={surveyId}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<SurveyAnalysis> AnalysisAsync(HttpClient client, Guid surveyId, string query = "") =>
        await (await client.GetAsync($"/api/v1/surveys/{surveyId}/analysis{query}")).ReadAsync<SurveyAnalysis>();

    private static async Task<string> ExportAsync(HttpClient client, Guid surveyId)
    {
        var response = await client.GetAsync($"/api/v1/surveys/{surveyId}/responses/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Nps_breaks_down_by_account_role_dmu_and_segment_with_each_group_s_own_count()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var (segmentA, segmentB) = ($"Segment A {Guid.NewGuid():N}", $"Segment B {Guid.NewGuid():N}");
        var a = await AccountAsync(manager, "Alpha", segmentA, Person(BuyingCentreRole.DecisionMaker, true), Person(BuyingCentreRole.User, false));
        var b = await AccountAsync(manager, "Beta", segmentB, Person(BuyingCentreRole.Buyer, true));
        var (deciding, using_, buying) = (a.Stakeholders.Single(s => s.IsDecisionMakingUnitMember), a.Stakeholders.Single(s => !s.IsDecisionMakingUnitMember),
            b.Stakeholders.Single());
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);
        await SubmitAsync(manager, survey.Id, 10, a.Id, deciding.Id);
        await SubmitAsync(manager, survey.Id, 9, a.Id, deciding.Id);
        await SubmitAsync(manager, survey.Id, 3, a.Id, using_.Id);
        await SubmitAsync(manager, survey.Id, 8, b.Id, buying.Id);
        await SubmitAsync(manager, survey.Id, 6);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var byAccount = await AnalysisAsync(viewer, survey.Id, "?by=account");
        var byRole = await AnalysisAsync(viewer, survey.Id, "?by=role");
        var byDmu = await AnalysisAsync(viewer, survey.Id, "?by=dmu");
        var bySegment = await AnalysisAsync(viewer, survey.Id, "?by=segment");

        Assert.Equal(BreakdownDimension.Account, byAccount.By);
        Assert.Equal([a.Name, b.Name, null], byAccount.Breakdown!.Select(g => g.Group));
        Assert.Equal([3, 1, 1], byAccount.Breakdown!.Select(g => g.Result.Responses));
        // Account A: two promoters and a detractor of three.
        Assert.Equal(100.0 / 3, byAccount.Breakdown![0].Result.Nps!.Score!.Value, 9);
        Assert.Equal(["buyer", "decision_maker", "user", null], byRole.Breakdown!.Select(g => g.Group));
        Assert.Equal([0.0, 100, -100], byRole.Breakdown!.Take(3).Select(g => g.Result.Nps!.Score!.Value));
        Assert.Equal([SurveyAnalysis.InDmu, SurveyAnalysis.OutsideDmu, null], byDmu.Breakdown!.Select(g => g.Group));
        Assert.Equal([3, 1, 1], byDmu.Breakdown!.Select(g => g.Result.Responses));
        Assert.Equal([segmentA, segmentB, null], bySegment.Breakdown!.Select(g => g.Group));
        Assert.Equal(5, byAccount.Responses);
        Assert.Null((await AnalysisAsync(viewer, survey.Id)).Breakdown);
    }

    [Fact]
    public async Task Servqual_scores_every_item_and_weight_as_the_domain_analysis_does_overall_and_per_account()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var a = await AccountAsync(manager, "Alpha", "Servqual");
        var b = await AccountAsync(manager, "Beta", "Servqual");
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.ServqualKey);
        var random = new Random(11);
        var submitted = new List<(Guid Account, Dictionary<string, Answer> Answers)>();
        for (var i = 0; i < 6; i++)
        {
            var answers = Enumerable.Range(1, ServqualItems.Count)
                .SelectMany(item => new[] { ServqualQuestions.ExpectationKey(item), ServqualQuestions.PerceptionKey(item) })
                .ToDictionary(key => key, _ => new Answer(Number: random.Next(1, 8)));
            // One respondent skips an item on each side, another gives no weights: both must count as the domain counts them.
            if (i == 1)
            {
                answers.Remove(ServqualQuestions.ExpectationKey(3));
                answers.Remove(ServqualQuestions.PerceptionKey(17));
            }
            if (i != 2)
            {
                var points = new[] { 10, 35, 20, 15, 20 };
                foreach (var (dimension, index) in ServqualItems.Dimensions.Select((d, index) => (d, index)))
                {
                    answers[ServqualQuestions.WeightKey(dimension)] = new Answer(Number: points[(index + i) % points.Length]);
                }
            }
            var account = i % 3 == 0 ? b.Id : a.Id;
            await (await manager.PostJsonAsync($"/api/v1/surveys/{survey.Id}/responses", new SubmitResponseRequest(answers, account)))
                .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
            submitted.Add((account, answers));
        }
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var overall = await AnalysisAsync(viewer, survey.Id);
        var byAccount = await AnalysisAsync(viewer, survey.Id, "?by=account");

        AssertSame(Servqual.Analyze(submitted.Select(s => ServqualAnswers.ToResponse(s.Answers)).ToArray()), overall.Servqual!);
        Assert.Equal([a.Name, b.Name], byAccount.Breakdown!.Select(g => g.Group));
        foreach (var (group, account) in byAccount.Breakdown!.Zip(new[] { a.Id, b.Id }))
        {
            AssertSame(Servqual.Analyze(submitted.Where(s => s.Account == account).Select(s => ServqualAnswers.ToResponse(s.Answers)).ToArray()),
                group.Result.Servqual!);
        }
    }

    private static void AssertSame(ServqualResult expected, ServqualResult actual)
    {
        Assert.Equal(expected.Respondents, actual.Respondents);
        Assert.Equal(expected.Items.Select(i => (i.Expectation, i.Perception, i.Gap)), actual.Items.Select(i => (i.Expectation, i.Perception, i.Gap)));
        foreach (var (mine, theirs) in expected.Dimensions.Zip(actual.Dimensions))
        {
            Assert.Equal((mine.Gap, mine.Weight, mine.ExpectationReliability.Respondents, mine.PerceptionReliability.Respondents),
                (theirs.Gap, theirs.Weight, theirs.ExpectationReliability.Respondents, theirs.PerceptionReliability.Respondents));
            Assert.Equal(mine.ExpectationReliability.Alpha, theirs.ExpectationReliability.Alpha);
            Assert.Equal(mine.PerceptionReliability.CorrectedItemTotal, theirs.PerceptionReliability.CorrectedItemTotal);
        }
        Assert.Equal((expected.Gap, expected.WeightedGap), (actual.Gap, actual.WeightedGap));
    }

    [Fact]
    public async Task Filters_by_account_segment_and_dates_select_the_responses_scored()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var segment = $"Segment {Guid.NewGuid():N}";
        var a = await AccountAsync(manager, "Alpha", segment);
        var b = await AccountAsync(manager, "Beta", $"Other {Guid.NewGuid():N}");
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);
        await SubmitAsync(manager, survey.Id, 10, a.Id);
        await SubmitAsync(manager, survey.Id, 0, b.Id);
        await SubmitAsync(manager, survey.Id, 0, b.Id);

        var ofA = await AnalysisAsync(manager, survey.Id, $"?accountId={a.Id}");
        var ofSegment = await AnalysisAsync(manager, survey.Id, $"?segment={Uri.EscapeDataString(segment)}");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        var future = await AnalysisAsync(manager, survey.Id, $"?from={tomorrow}");
        var bad = await manager.GetAsync($"/api/v1/surveys/{survey.Id}/analysis?by=colour&period=week");

        Assert.Equal((1, 100.0), (ofA.Responses, ofA.Nps!.Score!.Value));
        Assert.Equal((1, 100.0), (ofSegment.Responses, ofSegment.Nps!.Score!.Value));
        Assert.Equal((0, null), (future.Responses, future.Nps!.Score));
        Assert.Equal(["by", "period"], (await bad.ValidationErrorsAsync()).Keys.Order());
    }

    [Fact]
    public async Task An_imported_file_is_stored_with_its_dates_accounts_and_people_and_trends_by_quarter()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var account = await AccountAsync(manager, "Imported", $"Segment {Guid.NewGuid():N}", Person(BuyingCentreRole.User, false));
        var email = account.Stakeholders.Single().Email;
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);

        var summary = await (await ImportAsync(contributor, survey.Id, $"""
            {NpsHeader}
            qx-1,2026-01-15T09:30:00Z,{account.Name},,en,10,Great kick-off
            qx-2,2026-02-20 14:00:00+02:00,{account.Id},,nl,9,
            qx-3,2026-05-02T08:00:00Z,,{email},,4,"Slow answers, again"
            qx-4,2026-05-03T08:00:00Z,,,,7,
            """)).ReadAsync<ImportSummary>();
        var responses = await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).ReadItemsAsync<SurveyResponseView>();
        var quarterly = await AnalysisAsync(manager, survey.Id, "?by=account&period=quarter&from=2026-01-01&to=2026-09-30");
        var secondQuarter = await AnalysisAsync(manager, survey.Id, "?from=2026-04-01&to=2026-06-30");

        Assert.Equal((4, 0), (summary.Inserted, summary.Unchanged));
        Assert.Equal([account.Id, account.Id, account.Id, null], responses.Select(r => r.AccountId));
        Assert.Equal(account.Stakeholders.Single().Id, responses[2].StakeholderId);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero), responses[1].SubmittedAt);
        Assert.Equal("nl", responses[1].Language);
        Assert.Equal("Slow answers, again", responses[2].Answers["reason"].Text);
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3"], quarterly.Trend!.Select(p => p.Period));
        Assert.Equal([2, 2, 0], quarterly.Trend!.Select(p => p.Scores.Responses));
        Assert.Equal([100.0, -50], quarterly.Trend!.Take(2).Select(p => p.Scores.Nps!.Score!.Value));
        Assert.Equal([3, 1], quarterly.Breakdown!.Select(g => g.Result.Responses));
        Assert.Equal(2, secondQuarter.Responses);
    }

    [Fact]
    public async Task An_import_with_bad_cells_is_a_422_naming_each_row_and_column_and_stores_nothing()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);

        var response = await ImportAsync(manager, survey.Id, $"""
            {NpsHeader}
            ok-1,2026-01-15T09:30:00Z,,,,10,Fine
            ok-2,2026-01-16T09:30:00Z,,,,eleven,
            ok-3,2026-01-17T09:30:00Z,,,,11,
            ok-4,yesterday,No Such Account Ltd,,,8,
            """);
        var errors = await response.ValidationErrorsAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["row 3, column score", "row 4, column score", "row 5, column account", "row 5, column submitted_at"], errors.Keys.Order());
        Assert.Contains("'eleven' is not a whole number", errors["row 3, column score"][0]);
        Assert.Contains("from 0 to 10", errors["row 4, column score"][0]);
        Assert.Empty(await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).ReadItemsAsync<SurveyResponseView>());

        var unknownColumn = await (await ImportAsync(manager, survey.Id, "response_id,score,colour\nx,9,red\n")).ValidationErrorsAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["row 1, column colour"], unknownColumn.Keys);
    }

    [Fact]
    public async Task Importing_the_same_file_again_stores_nothing_twice()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);
        var file = $"""
            {NpsHeader}
            again-1,2026-03-01T10:00:00Z,,,,9,
            again-2,2026-03-02T10:00:00Z,,,,2,
            """;

        var first = await (await ImportAsync(manager, survey.Id, file)).ReadAsync<ImportSummary>();
        var second = await (await ImportAsync(manager, survey.Id, file)).ReadAsync<ImportSummary>();

        Assert.Equal((2, 0), (first.Inserted, first.Unchanged));
        Assert.Equal((0, 2), (second.Inserted, second.Unchanged));
        Assert.Equal(2, (await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).ReadItemsAsync<SurveyResponseView>()).Count);
    }

    [Fact]
    public async Task An_export_imports_into_a_copy_of_the_survey_and_exports_the_same_again_with_formulas_defused()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var account = await AccountAsync(manager, "Imported", $"Segment {Guid.NewGuid():N}", Person(BuyingCentreRole.Specifier, false));
        var person = account.Stakeholders.Single();
        var questions = OwnQuestions();
        var original = await OpenSurveyAsync(manager, null, questions);
        await (await manager.PostJsonAsync($"/api/v1/surveys/{original.Id}/responses", new SubmitResponseRequest(new Dictionary<string, Answer>
        {
            ["phase"] = new(Choices: ["fat"]),
            ["topics"] = new(Choices: ["documents", "meetings"]),
            ["priorities"] = new(Choices: ["price", "speed", "quality"]),
            ["quality"] = new(Rows: new Dictionary<string, int> { ["drawings"] = 2, ["manuals"] = 4 }),
            ["comment"] = new(Text: "=HYPERLINK(\"http://evil.example\",\"click\")"),
        }, account.Id, person.Id))).ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        await (await manager.PostJsonAsync($"/api/v1/surveys/{original.Id}/responses", new SubmitResponseRequest(new Dictionary<string, Answer>
        {
            ["phase"] = new(Choices: ["delivery"]),
            ["priorities"] = new(Choices: ["quality", "price", "speed"]),
            ["quality"] = new(Rows: new Dictionary<string, int> { ["drawings"] = 5 }),
            ["comment"] = new(Text: "Fine, \"mostly\"; see the notes\nline two"),
        }))).ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        var copy = await OpenSurveyAsync(manager, null, questions);

        var exported = await ExportAsync(manager, original.Id);
        var imported = await (await ImportAsync(manager, copy.Id, exported)).ReadAsync<ImportSummary>();
        var reexported = await ExportAsync(manager, copy.Id);
        var copied = await (await manager.GetAsync($"/api/v1/surveys/{copy.Id}/responses")).ReadItemsAsync<SurveyResponseView>();

        Assert.StartsWith("response_id,submitted_at,account,stakeholder_email,language,phase,topics,priorities,quality.drawings,quality.manuals,comment",
            exported);
        Assert.Contains($"{account.Name},{person.Email},en,fat,documents;meetings,price;speed;quality,2,4,\"'=HYPERLINK(", exported);
        Assert.Equal(2, imported.Inserted);
        Assert.Equal(exported, reexported);
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"click\")", copied.Single(r => r.AccountId == account.Id).Answers["comment"].Text);
        Assert.Equal(["quality", "price", "speed"], copied.Single(r => r.AccountId is null).Answers["priorities"].Choices);
        Assert.Equal((0, 2), ((await (await ImportAsync(manager, original.Id, exported)).ReadAsync<ImportSummary>()) is var again
            ? (again.Inserted, again.Unchanged) : default));
    }

    [Fact]
    public async Task A_viewer_exports_but_cannot_import_and_another_workspace_gets_404()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.NpsKey);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var stranger = await app.ApiClientAsync(DyadRole.Admin, "other-results");
        var file = $"{NpsHeader}\nv-1,,,,,9,\n";

        Assert.StartsWith("response_id,", await ExportAsync(viewer, survey.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(viewer, survey.Id, file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(stranger, survey.Id, file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{survey.Id}/responses/export.csv")).StatusCode);
    }

    [Fact]
    public async Task The_demo_servqual_surveys_fall_short_most_where_each_firm_is_weak_with_alphas_computed_over_a_year()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var surveys = (await (await viewer.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items;

        // The demo makes each firm weakest where its cases show it: MonITor's slow communication, Train&Co's scheduling.
        foreach (var (name, weakest) in new[]
                 {
                     (DemoWorkspace.MonitorServqualSurvey, ServqualDimension.Responsiveness), (DemoWorkspace.TrainingServqualSurvey, ServqualDimension.Reliability),
                 })
        {
            var survey = surveys.Single(s => s.Name == name);
            var analysis = await AnalysisAsync(viewer, survey.Id, "?by=phase&period=quarter");
            var servqual = analysis.Servqual!;

            Assert.InRange(analysis.Responses, 20, 60);
            Assert.InRange(servqual.Gap!.Value, -2.5, -0.3);
            Assert.True(servqual.Dimensions.Count(d => d.Gap < 0) >= 4, $"{name}: most dimensions fall short");
            Assert.Equal(weakest, servqual.Dimensions.MinBy(d => d.Gap)!.Dimension);
            Assert.All(servqual.Dimensions, d => Assert.InRange(d.PerceptionReliability.Alpha!.Value, 0.5, 1));
            Assert.All(servqual.Dimensions, d => Assert.NotNull(d.ExpectationReliability.Alpha));
            Assert.Equal(100, servqual.Dimensions.Sum(d => d.Weight!.Value), 6);
            Assert.Equal(ServqualDimension.Reliability, servqual.Dimensions.MaxBy(d => d.Weight)!.Dimension);
            Assert.NotNull(servqual.WeightedGap);
            Assert.InRange(analysis.Trend!.Count, 4, 5);
            Assert.Equal(analysis.Responses, analysis.Trend!.Sum(p => p.Scores.Responses));
            // Gaps narrow over the year.
            Assert.True(analysis.Trend!.Last(p => p.Scores.Responses > 0).Scores.Servqual!.Gap > analysis.Trend![0].Scores.Servqual!.Gap);
            Assert.Contains(analysis.Breakdown!, g => g.Group?.Contains(". ", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task The_demo_nps_climbs_over_twelve_months_and_breaks_down_by_touchpoint()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var survey = ((await (await viewer.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items).Single(s => s.Name == DemoWorkspace.NpsSurvey);

        var analysis = await AnalysisAsync(viewer, survey.Id, "?by=touchpoint");

        var months = analysis.Trend!.Where(p => p.Scores.Responses > 0).ToList();
        Assert.InRange(months.Count, 12, 13);
        Assert.True(months.TakeLast(3).Average(p => p.Scores.Nps!.Score!.Value) > months.Take(3).Average(p => p.Scores.Nps!.Score!.Value));
        Assert.Contains(analysis.Breakdown!, g => g.Group is not null);
        Assert.InRange(analysis.Nps!.Score!.Value, -40, 60);
    }

    /// <summary>One question of each type the wide CSV maps: single and multiple choice, ranking, matrix and open text.</summary>
    private static IReadOnlyList<Question> OwnQuestions()
    {
        static LocalizedText En(string text) => new() { ["en"] = text };
        static QuestionOption Option(string key) => new(key, En(key));
        return
        [
            new("phase", QuestionType.SingleChoice, En("Which phase?"), Options: [Option("fat"), Option("delivery")]),
            new("topics", QuestionType.MultipleChoice, En("Which topics?"), Options: [Option("documents"), Option("meetings"), Option("price")]),
            new("priorities", QuestionType.Ranking, En("Rank these"), Options: [Option("price"), Option("speed"), Option("quality")]),
            new("quality", QuestionType.Matrix, En("Rate the quality"), Min: 1, Max: 5, Rows: [Option("drawings"), Option("manuals")]),
            new("comment", QuestionType.OpenText, En("Anything else?")),
        ];
    }
}

public sealed class SurveyResultsApiOnSqlite(SqliteApp app) : SurveyResultsApiTests<SqliteApp>(app);

public sealed class SurveyResultsApiOnPostgres(PostgresApp app) : SurveyResultsApiTests<PostgresApp>(app);
