using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Surveys;

/// <summary>Surveys through the API. Each test makes its own survey, so none sees another's responses.</summary>
public abstract class SurveysApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static async Task<SurveyView> OpenSurveyAsync(HttpClient manager, string instrument = BuiltInInstruments.NpsKey)
    {
        var name = $"Relationship survey {Guid.NewGuid():N}";
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, instrument, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        Assert.Equal(SurveyStatus.Draft, draft.Status);
        return await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, instrument, AllowAnonymous: true, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid surveyId, Dictionary<string, Answer> answers, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{surveyId}/responses")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new SubmitResponseRequest(answers), options: Json.Options),
        };
        if (key is not null)
        {
            request.Headers.Add(SurveysApi.IdempotencyKeyHeader, key);
        }
        return client.SendAsync(request);
    }

    private static Dictionary<string, Answer> Score(int score) => new() { [BuiltInInstruments.ScoreQuestion] = new Answer(Number: score) };

    [Fact]
    public async Task Ten_nps_responses_with_five_promoters_and_three_detractors_score_20_with_the_formula_margin()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var ingester = await app.ApiClientAsync(DyadRole.Contributor);
        var survey = await OpenSurveyAsync(manager);

        foreach (var score in new[] { 10, 9, 9, 10, 9, 8, 7, 6, 3, 0 })
        {
            await (await SubmitAsync(ingester, survey.Id, Score(score), Guid.NewGuid().ToString())).ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        }
        var analysis = await (await ingester.GetAsync($"/api/v1/surveys/{survey.Id}/analysis")).ReadAsync<SurveyAnalysis>();

        Assert.Equal(10, analysis.Responses);
        Assert.Equal((5, 2, 3), (analysis.Nps!.Promoters, analysis.Nps.Passives, analysis.Nps.Detractors));
        Assert.Equal(20, analysis.Nps.Score);
        // variance = (0.5 + 0.3 - 0.2^2) / 10 = 0.076, as Nps.Of computes it.
        Assert.Equal(1.96 * Math.Sqrt(0.076) * 100, analysis.Nps.MarginOfError!.Value, 9);
        Assert.Null(analysis.Csat);
    }

    [Fact]
    public async Task A_replay_with_the_same_idempotency_key_returns_the_first_response_and_stores_one()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager);

        var created = await SubmitAsync(manager, survey.Id, Score(9), "retry-1");
        var first = await created.ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        Assert.Equal(first.Id, (await (await manager.GetAsync(created.Headers.Location)).ReadAsync<SurveyResponseView>()).Id);
        var replay = await (await SubmitAsync(manager, survey.Id, Score(2), "retry-1")).ReadAsync<SurveyResponseView>();

        Assert.Equal(first.Id, replay.Id);
        Assert.Equal(9, replay.Answers[BuiltInInstruments.ScoreQuestion].Number);
        var stored = await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).ReadItemsAsync<SurveyResponseView>();
        Assert.Equal(first.Id, Assert.Single(stored).Id);
    }

    [Fact]
    public async Task An_answer_out_of_range_is_a_400_naming_the_question_and_stores_nothing()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager);

        var errors = await (await SubmitAsync(manager, survey.Id, Score(11), "bad-1")).ValidationErrorsAsync();

        Assert.Contains("from 0 to 10", Assert.Single(errors["answers.score"]), StringComparison.Ordinal);
        Assert.Empty(await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).ReadItemsAsync<SurveyResponseView>());
    }

    [Fact]
    public async Task A_servqual_survey_lists_the_22_items_and_its_analysis_gives_gaps_per_dimension()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var survey = await OpenSurveyAsync(manager, BuiltInInstruments.ServqualKey);
        var answers = Enumerable.Range(1, 22).SelectMany(i => new[]
        {
            KeyValuePair.Create($"E{i}", new Answer(Number: 6)), KeyValuePair.Create($"P{i}", new Answer(Number: 5)),
        }).ToDictionary();

        await (await SubmitAsync(manager, survey.Id, answers)).ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        var analysis = await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}/analysis")).ReadAsync<SurveyAnalysis>();

        Assert.Equal(49, survey.Questions.Count);
        Assert.Equal(5, analysis.Servqual!.Dimensions.Count);
        Assert.Equal(-1, analysis.Servqual.Gap!.Value, 9);
    }

    [Fact]
    public async Task The_instruments_include_the_four_open_questions_of_004_verbatim()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var instruments = await (await viewer.GetAsync("/api/v1/instruments")).ReadAsync<List<Instrument>>();

        Assert.Equal(["nps", "csat", "ces", "servqual", "open-004", "target-experience"], instruments.Select(i => i.Key));
        Assert.Equal(OpenQuestions004.All.Select(q => q.Text["en"]),
            instruments.Single(i => i.Key == BuiltInInstruments.OpenQuestionsKey).Questions.Select(q => q.Text["en"]));
    }

    [Fact]
    public async Task A_viewer_cannot_create_a_survey_nor_a_viewer_post_a_response()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var survey = await OpenSurveyAsync(await app.ApiClientAsync(DyadRole.CxManager));

        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Not mine", BuiltInInstruments.CsatKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(viewer, survey.Id, Score(9))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await (await app.ApiClientAsync(DyadRole.Contributor)).PostJsonAsync("/api/v1/surveys", new SurveyDetails("Not mine", BuiltInInstruments.CsatKey))).StatusCode);
    }

    [Fact]
    public async Task Another_workspace_gets_404_for_the_survey_its_responses_and_analysis()
    {
        var survey = await OpenSurveyAsync(await app.ApiClientAsync(DyadRole.CxManager));
        var stranger = await app.ApiClientAsync(DyadRole.Admin, "other-surveys");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{survey.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{survey.Id}/responses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{survey.Id}/analysis")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(stranger, survey.Id, Score(9))).StatusCode);
        Assert.DoesNotContain(((await (await stranger.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items), s => s.Id == survey.Id);
    }

    [Fact]
    public async Task A_survey_of_own_questions_in_english_and_finnish_asks_the_follow_up_only_when_shown_and_names_its_account()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var account = await (await manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Survey test {Guid.NewGuid():N}", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        Question[] questions =
        [
            new("effort", QuestionType.Rating, new LocalizedText { ["en"] = "How easy was the FAT?", ["fi"] = "Kuinka helppo FAT oli?" },
                Required: true, Min: 1, Max: 5),
            new("why", QuestionType.OpenText, new LocalizedText { ["en"] = "What made it hard?", ["fi"] = "Mikä teki siitä vaikean?" },
                Required: true, ShowWhen: new SkipCondition("effort", SkipOperator.AtMost, 2)),
        ];
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("FAT follow-up", Questions: questions, Languages: ["en", "fi"])))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails("FAT follow-up", Questions: draft.Questions, Languages: ["en", "fi"], Status: SurveyStatus.Open))).ReadAsync<SurveyView>();

        var missing = await manager.PostJsonAsync($"/api/v1/surveys/{draft.Id}/responses",
            new SubmitResponseRequest(new Dictionary<string, Answer> { ["effort"] = new(Number: 1) }, account.Id, Language: "fi"));
        Assert.Equal(["answers.why"], (await missing.ValidationErrorsAsync()).Keys);
        var anonymous = await manager.PostJsonAsync($"/api/v1/surveys/{draft.Id}/responses",
            new SubmitResponseRequest(new Dictionary<string, Answer> { ["effort"] = new(Number: 4) }));
        Assert.Contains("accountId", (await anonymous.ValidationErrorsAsync()).Keys);
        var stored = await (await manager.PostJsonAsync($"/api/v1/surveys/{draft.Id}/responses",
                new SubmitResponseRequest(new Dictionary<string, Answer> { ["effort"] = new(Number: 1), ["why"] = new(Text: "Piirustukset myöhässä.") },
                    account.Id, Language: "fi")))
            .ReadAsync<SurveyResponseView>(HttpStatusCode.Created);

        Assert.Equal((account.Id, "fi"), (stored.AccountId, stored.Language));
        var analysis = await (await manager.GetAsync($"/api/v1/surveys/{draft.Id}/analysis")).ReadAsync<SurveyAnalysis>();
        Assert.Equal((1, null), (analysis.Responses, analysis.Instrument));
    }

    [Fact]
    public async Task A_draft_takes_no_responses_and_an_open_survey_keeps_its_questions()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Draft", BuiltInInstruments.CesKey, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        Assert.Contains("status", (await (await SubmitAsync(manager, draft.Id, Score(3))).ValidationErrorsAsync()).Keys);

        var open = await OpenSurveyAsync(manager);
        var change = await manager.PutJsonAsync($"/api/v1/surveys/{open.Id}",
            new SurveyDetails(open.Name, BuiltInInstruments.CsatKey, AllowAnonymous: true, Status: SurveyStatus.Open));
        Assert.Contains("questions", (await change.ValidationErrorsAsync()).Keys);
    }
}

public sealed class SurveysApiOnSqlite(SqliteApp app) : SurveysApiTests<SqliteApp>(app);

public sealed class SurveysApiOnPostgres(PostgresApp app) : SurveysApiTests<PostgresApp>(app);
