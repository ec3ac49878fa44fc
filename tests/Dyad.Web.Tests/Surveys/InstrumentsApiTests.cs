using System.Net;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Surveys;

/// <summary>Instruments as data and the question bank through the API; each test names its own instruments and tags.</summary>
public abstract class InstrumentsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static Question Cooperation(string english = "Working together with us went smoothly.") =>
        new("cooperation", QuestionType.Rating, LocalizedText.Of(english, "De samenwerking met ons verliep soepel."), Required: true, Min: 1, Max: 7);

    private static Question FollowUp() =>
        new("why", QuestionType.OpenText, LocalizedText.Of("What made the difference?", "Wat maakte het verschil?"),
            ShowWhen: new SkipCondition("cooperation", SkipOperator.AtMost, 3));

    [Fact]
    public async Task A_survey_created_from_a_workspace_instrument_keeps_its_copy_when_the_instrument_changes_or_goes()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var name = $"Co-operation {Guid.NewGuid():N}";
        var created = await manager.PostJsonAsync("/api/v1/instruments",
            new InstrumentDetails(name, "Company dimension from the 004 survey.", [Cooperation(), FollowUp()], ["en", "nl"]));
        var instrument = await created.ReadAsync<InstrumentView>(HttpStatusCode.Created);
        Assert.Equal(instrument.Id, (await (await manager.GetAsync(created.Headers.Location)).ReadAsync<InstrumentView>()).Id);

        var listed = await (await manager.GetAsync("/api/v1/instruments")).ReadAsync<List<InstrumentView>>();
        Assert.Equal(BuiltInInstruments.All.Select(i => i.Key), listed.TakeWhile(i => i.BuiltIn).Select(i => i.Key));
        Assert.Contains(listed, i => i is { BuiltIn: false } && i.Name == name && i.Key == instrument.Id.ToString());

        var survey = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Co-operation pulse", instrument.Key)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        Assert.Null(survey.Instrument);
        Assert.Equal(["en", "nl"], survey.Languages);
        Assert.Equal(["cooperation", "why"], survey.Questions.Select(q => q.Key));
        Assert.Equal("cooperation", survey.Questions[1].ShowWhen!.Question);

        await (await manager.PutJsonAsync($"/api/v1/instruments/{instrument.Id}",
            new InstrumentDetails(name, null, [Cooperation("Co-operating with us felt easy.")], ["en", "nl"]))).ReadAsync<InstrumentView>();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        var kept = await (await manager.GetAsync($"/api/v1/surveys/{survey.Id}")).ReadAsync<SurveyView>();
        Assert.Equal("Working together with us went smoothly.", kept.Questions[0].Text["en"]);
        Assert.Equal(2, kept.Questions.Count);
    }

    [Fact]
    public async Task An_instrument_without_dutch_wording_is_a_400_naming_the_question_and_built_in_ones_cannot_be_changed()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var englishOnly = new Question("speed", QuestionType.Nps, new LocalizedText { ["en"] = "How likely?" });

        var errors = await (await manager.PostJsonAsync("/api/v1/instruments",
            new InstrumentDetails("Half worded", null, [englishOnly], ["en", "nl"]))).ValidationErrorsAsync();

        Assert.Contains("wording in 'nl'", errors["questions[0]"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/v1/instruments/target-experience")).StatusCode);
        Assert.NotEqual(HttpStatusCode.NoContent, (await manager.DeleteAsync("/api/v1/instruments/nps")).StatusCode);
        var survey = await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails("From nowhere", Guid.NewGuid().ToString()));
        Assert.Contains("instrument", (await survey.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task The_question_bank_keeps_tagged_questions_finds_them_by_tag_and_refuses_skip_logic()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var tag = $"co-op-{Guid.NewGuid():N}"[..20];

        var banked = await (await manager.PostJsonAsync("/api/v1/question-bank", new QuestionBankDetails(Cooperation(), [tag.ToUpperInvariant(), "phase-4"])))
            .ReadAsync<QuestionBankView>(HttpStatusCode.Created);
        await (await manager.PostJsonAsync("/api/v1/question-bank", new QuestionBankDetails(FollowUp() with { ShowWhen = null }, ["other"])))
            .ReadAsync<QuestionBankView>(HttpStatusCode.Created);

        Assert.Equal([tag, "phase-4"], banked.Tags);
        Assert.Equal(["en", "nl"], banked.Languages);
        var found = await (await manager.GetAsync($"/api/v1/question-bank?tag={tag}")).ReadAsync<List<QuestionBankView>>();
        Assert.Equal(banked.Id, Assert.Single(found).Id);

        var changed = await (await manager.PutJsonAsync($"/api/v1/question-bank/{banked.Id}", new QuestionBankDetails(Cooperation(), [tag])))
            .ReadAsync<QuestionBankView>();
        Assert.Equal([tag], changed.Tags);
        var refused = await (await manager.PostJsonAsync("/api/v1/question-bank", new QuestionBankDetails(FollowUp()))).ValidationErrorsAsync();
        Assert.Contains("skip logic", refused["question"][0], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/question-bank/{banked.Id}")).StatusCode);
        Assert.Empty(await (await manager.GetAsync($"/api/v1/question-bank?tag={tag}")).ReadAsync<List<QuestionBankView>>());
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_change_instruments_or_the_bank_and_another_workspace_sees_neither()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var stranger = await app.ApiClientAsync(DyadRole.CxManager, $"other-{Guid.NewGuid():N}"[..20]);
        var instrument = await (await manager.PostJsonAsync("/api/v1/instruments", new InstrumentDetails($"Ours {Guid.NewGuid():N}", null, [Cooperation()], null)))
            .ReadAsync<InstrumentView>(HttpStatusCode.Created);
        var banked = await (await manager.PostJsonAsync("/api/v1/question-bank", new QuestionBankDetails(Cooperation())))
            .ReadAsync<QuestionBankView>(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PostJsonAsync("/api/v1/instruments", new InstrumentDetails("Viewer's", null, [Cooperation()], null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/v1/question-bank", new QuestionBankDetails(Cooperation()))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/instruments/{instrument.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/question-bank/{banked.Id}")).StatusCode);
        Assert.DoesNotContain(await (await stranger.GetAsync("/api/v1/instruments")).ReadAsync<List<InstrumentView>>(), i => i.Id == instrument.Id);
        Assert.Empty(await (await stranger.GetAsync("/api/v1/question-bank")).ReadAsync<List<QuestionBankView>>());
        Assert.Contains("instrument", (await (await stranger.PostJsonAsync("/api/v1/surveys", new SurveyDetails("Borrowed", instrument.Key)))
            .ValidationErrorsAsync()).Keys);
    }
}

public sealed class InstrumentsApiOnSqlite(SqliteApp app) : InstrumentsApiTests<SqliteApp>(app);

public sealed class InstrumentsApiOnPostgres(PostgresApp app) : InstrumentsApiTests<PostgresApp>(app);
