using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Surveys;

public class InstrumentsAsDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static Question Rating(string key, string english, string? dutch = null, SkipCondition? showWhen = null) =>
        new(key, QuestionType.Rating, dutch is null ? new LocalizedText { ["en"] = english } : LocalizedText.Of(english, dutch),
            Min: 1, Max: 5, ShowWhen: showWhen);

    private static IReadOnlyDictionary<string, string[]> Refusal(Action action) => Assert.Throws<DomainValidationException>(action).Errors;

    [Fact]
    public void A_workspace_instrument_keeps_its_questions_in_its_languages_and_trims_its_name()
    {
        var questions = new[] { Rating("cooperation", "Working together went smoothly.", "De samenwerking verliep soepel.") };

        var instrument = new WorkspaceInstrument(Guid.NewGuid(), new InstrumentDetails(" Co-operation ", "  ", questions, ["EN", "nl"]), Now);

        Assert.Equal(("Co-operation", (string?)null), (instrument.Name, instrument.Description));
        Assert.Equal(["en", "nl"], instrument.Languages);
        Assert.Equal("cooperation", Assert.Single(instrument.Questions).Key);
    }

    [Fact]
    public void A_workspace_instrument_is_refused_without_questions_without_a_dutch_wording_or_under_a_built_in_name()
    {
        Assert.Contains("questions", Refusal(() => _ = new WorkspaceInstrument(Guid.NewGuid(), new InstrumentDetails("Empty", null, [], ["en"]), Now)).Keys);
        var dutch = Refusal(() => _ = new WorkspaceInstrument(Guid.NewGuid(),
            new InstrumentDetails("Half", null, [Rating("q", "Only English")], ["en", "nl"]), Now));
        Assert.Contains("wording in 'nl'", dutch["questions[0]"][0], StringComparison.Ordinal);
        Assert.Contains("Name", Refusal(() => _ = new WorkspaceInstrument(Guid.NewGuid(),
            new InstrumentDetails("Net Promoter Score", null, [Rating("q", "A", "B")], null), Now)).Keys);
        Assert.Contains("Name", Refusal(() => _ = new WorkspaceInstrument(Guid.NewGuid(),
            new InstrumentDetails("servqual", null, [Rating("q", "A", "B")], null), Now)).Keys);
    }

    [Fact]
    public void A_banked_question_takes_its_languages_from_its_wording_and_keeps_tags_once_in_lower_case()
    {
        var item = new QuestionBankItem(Guid.NewGuid(), new QuestionBankDetails(Rating("speed", "Answers came fast.", "Antwoorden kwamen snel."),
            ["Responsiveness", " responsiveness ", "", "Support"]), Now);

        Assert.Equal(["en", "nl"], item.Languages);
        Assert.Equal(["responsiveness", "support"], item.Tags);
    }

    [Fact]
    public void A_banked_question_stands_alone_without_skip_logic_and_its_errors_name_the_question()
    {
        var conditional = Rating("follow_up", "Why?", showWhen: new SkipCondition("score", SkipOperator.AtMost, 6));
        Assert.Contains("skip logic", Refusal(() => _ = new QuestionBankItem(Guid.NewGuid(), new QuestionBankDetails(conditional), Now))["question"][0],
            StringComparison.Ordinal);

        var noRange = new Question("effort", QuestionType.Rating, new LocalizedText { ["en"] = "Effort" });
        Assert.Contains("min below its max", Refusal(() => _ = new QuestionBankItem(Guid.NewGuid(), new QuestionBankDetails(noRange), Now))["question"][0],
            StringComparison.Ordinal);

        var tags = Enumerable.Range(1, QuestionBankDetails.MaxTags + 1).Select(i => $"tag{i}").ToArray();
        Assert.Contains("Tags", Refusal(() => _ = new QuestionBankItem(Guid.NewGuid(), new QuestionBankDetails(Rating("q", "A"), tags), Now)).Keys);
        Assert.Contains("question", Refusal(() => _ = new QuestionBankItem(Guid.NewGuid(), new QuestionBankDetails(null!), Now)).Keys);
    }

    [Fact]
    public void Copied_questions_get_free_keys_and_their_skip_logic_follows_the_renaming()
    {
        var existing = new[] { Rating("score", "Existing score", "Bestaande score") };
        var copies = new[]
        {
            Rating("score", "Copied score", "Gekopieerde score"),
            Rating("why", "Why?", "Waarom?", new SkipCondition("score", SkipOperator.AtMost, 2)),
            Rating("other", "Other", "Anders", new SkipCondition("not_copied", SkipOperator.AtLeast, 4)),
        };

        var result = QuestionCopy.Append(existing, copies);

        Assert.Equal(["score", "score_2", "why", "other"], result.Select(q => q.Key));
        Assert.Equal(new SkipCondition("score_2", SkipOperator.AtMost, 2), result[2].ShowWhen);
        Assert.Null(result[3].ShowWhen);
        Assert.True(Questionnaire.Check(result, ["en", "nl"]).IsEmpty);
    }

    [Fact]
    public void A_blank_survey_may_be_designed_empty_but_opens_only_with_questions()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Blank", Questions: [], Languages: ["en", "nl"]), Now);

        Assert.Empty(survey.Questions);
        Assert.Contains("questions", Assert.Throws<DomainValidationException>(() =>
            survey.Update(new SurveyDetails("Blank", Questions: [], Languages: ["en", "nl"], Status: SurveyStatus.Open))).Errors.Keys);
    }

    [Fact]
    public void A_draft_from_a_built_in_instrument_can_take_its_questions_as_its_own_to_edit()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("NPS", "nps"), Now);

        survey.Update(new SurveyDetails("NPS", Questions: QuestionCopy.Append([], BuiltInInstruments.Nps.Questions), Languages: survey.Languages));

        Assert.Null(survey.Instrument);
        Assert.Equal(BuiltInInstruments.Nps.Questions.Select(q => q.Key), survey.Questions.Select(q => q.Key));
    }
}
