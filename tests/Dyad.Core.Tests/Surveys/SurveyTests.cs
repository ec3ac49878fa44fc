using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Surveys;

public class SurveyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static Survey Open(string instrument, bool anonymous = true) =>
        Opened(new Survey(Guid.NewGuid(), new SurveyDetails("Survey", instrument, AllowAnonymous: anonymous), Now));

    private static Survey Opened(Survey survey)
    {
        survey.Update(new SurveyDetails(survey.Name, survey.Instrument, survey.Instrument is null ? survey.Questions : null, survey.Languages,
            survey.AllowAnonymous, SurveyStatus.Open));
        return survey;
    }

    private static IReadOnlyDictionary<string, string[]> Refusal(Action action) =>
        Assert.Throws<DomainValidationException>(action).Errors;

    [Fact]
    public void A_survey_from_an_instrument_copies_its_questions_and_starts_as_a_draft_in_english_and_dutch()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails(" Quarterly NPS ", "NPS"), Now);

        Assert.Equal(("Quarterly NPS", "nps", SurveyStatus.Draft), (survey.Name, survey.Instrument, survey.Status));
        Assert.Equal(BuiltInInstruments.Nps.Questions, survey.Questions);
        Assert.Equal(["en", "nl"], survey.Languages);
    }

    [Fact]
    public void A_survey_takes_an_instrument_or_its_own_questions_but_not_both_and_not_an_unknown_instrument()
    {
        Assert.Contains("Questions", Refusal(() => _ = new Survey(Guid.NewGuid(),
            new SurveyDetails("Both", "nps", BuiltInInstruments.Csat.Questions), Now)).Keys);
        Assert.Contains("Instrument", Refusal(() => _ = new Survey(Guid.NewGuid(), new SurveyDetails("Unknown", "net-promoter"), Now)).Keys);
        Assert.Contains("Questions", Refusal(() => _ = new Survey(Guid.NewGuid(), new SurveyDetails("Neither"), Now)).Keys);
    }

    [Fact]
    public void A_survey_in_finnish_needs_finnish_wording_for_every_question()
    {
        var errors = Refusal(() => _ = new Survey(Guid.NewGuid(), new SurveyDetails("Finnish", "ces", Languages: ["en", "fi"]), Now));

        Assert.Contains("wording in 'fi'", errors["questions[0]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_open_survey_takes_responses_and_a_closed_one_cannot_reopen()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Draft", "nps", AllowAnonymous: true), Now);
        var answers = new Dictionary<string, Answer> { ["score"] = new(Number: 9) };

        Assert.Contains("Status", Refusal(() => survey.Respond(new NewSurveyResponse(answers), Now)).Keys);
        Opened(survey).Respond(new NewSurveyResponse(answers), Now);
        survey.Update(new SurveyDetails("Draft", "nps", AllowAnonymous: true, Status: SurveyStatus.Closed));
        Assert.Contains("Status", Refusal(() => survey.Update(new SurveyDetails("Draft", "nps", Status: SurveyStatus.Open))).Keys);
    }

    [Fact]
    public void A_survey_without_anonymous_answers_needs_the_account_or_stakeholder()
    {
        var survey = Open("nps", anonymous: false);
        var answers = new Dictionary<string, Answer> { ["score"] = new(Number: 9) };

        Assert.Contains("AccountId", Refusal(() => survey.Respond(new NewSurveyResponse(answers), Now)).Keys);
        var response = survey.Respond(new NewSurveyResponse(answers, AccountId: Guid.NewGuid(), Language: "NL", IdempotencyKey: " k1 "), Now);
        Assert.Equal(("nl", "k1"), (response.Language, response.IdempotencyKey));
    }

    [Fact]
    public void Servqual_weights_come_all_five_and_add_up_to_100()
    {
        var survey = Open("servqual");
        var some = new Dictionary<string, Answer> { ["E1"] = new(Number: 6), ["W_tangibles"] = new(Number: 100) };
        var all = new Dictionary<string, Answer>
        {
            ["W_tangibles"] = new(Number: 10), ["W_reliability"] = new(Number: 30), ["W_responsiveness"] = new(Number: 20),
            ["W_assurance"] = new(Number: 20), ["W_empathy"] = new(Number: 10),
        };

        Assert.Contains("answers.W_", Refusal(() => survey.Respond(new NewSurveyResponse(some), Now)).Keys);
        Assert.Contains("add up to 90", Refusal(() => survey.Respond(new NewSurveyResponse(all), Now))["answers.W_"][0], StringComparison.Ordinal);
        all["W_empathy"] = new Answer(Number: 20);
        var response = survey.Respond(new NewSurveyResponse(all), Now);
        Assert.Equal(30, ServqualAnswers.ToResponse(response.Answers).Weights![ServqualDimension.Reliability]);
    }

    [Fact]
    public void Allowing_anonymous_answers_makes_a_public_link_key_that_survives_switching_them_off_and_on()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Survey", "nps"), Now);
        Assert.Null(survey.PublicKey);

        survey.Update(new SurveyDetails("Survey", "nps", AllowAnonymous: true));
        var key = survey.PublicKey!;
        Assert.True(key.Length >= 22 && survey.OpensPublicly(key));
        survey.Update(new SurveyDetails("Survey", "nps", AllowAnonymous: false));
        Assert.False(survey.OpensPublicly(key));
        survey.Update(new SurveyDetails("Survey", "nps", AllowAnonymous: true));

        Assert.Equal(key, survey.PublicKey);
        Assert.NotEqual(key, Open("nps").PublicKey);
    }
}
