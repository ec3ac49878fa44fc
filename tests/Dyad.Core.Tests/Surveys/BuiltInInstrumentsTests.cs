using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Surveys;

public class BuiltInInstrumentsTests
{
    [Fact]
    public void Every_built_in_instrument_is_a_valid_questionnaire_in_english_and_dutch()
    {
        foreach (var instrument in BuiltInInstruments.All)
        {
            var errors = Questionnaire.Check(instrument.Questions, ["en", "nl"]);
            Assert.True(errors.IsEmpty, $"{instrument.Key}: {string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value))}");
        }
    }

    [Fact]
    public void Servqual_asks_22_items_as_expectation_and_perception_on_1_to_7_in_five_dimensions_plus_five_weights()
    {
        var questions = BuiltInInstruments.Servqual.Questions;

        var expectations = questions.Where(q => q.Key.StartsWith("E", StringComparison.Ordinal)).ToArray();
        var perceptions = questions.Where(q => q.Key.StartsWith("P", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"E{i}"), expectations.Select(q => q.Key));
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"P{i}"), perceptions.Select(q => q.Key));
        Assert.All(expectations.Concat(perceptions), q => Assert.Equal((QuestionType.Rating, 1, 7), (q.Type, q.Min!.Value, q.Max!.Value)));
        Assert.Equal(["W_tangibles", "W_reliability", "W_responsiveness", "W_assurance", "W_empathy"],
            questions.Where(q => q.Key.StartsWith("W_", StringComparison.Ordinal)).Select(q => q.Key));
        Assert.Equal([4, 5, 4, 4, 5], ServqualItems.Dimensions.Select(d => ServqualItems.Of(d).Count));
        Assert.Equal(22 * 2 + 5, questions.Count);
    }

    [Fact]
    public void Servqual_items_are_worded_for_a_supplier_and_differ_from_each_other()
    {
        var questions = BuiltInInstruments.Servqual.Questions.ToDictionary(q => q.Key);

        Assert.Equal("An excellent supplier delivers what was promised by the agreed date.", questions["E5"].Text["en"]);
        Assert.Equal("We deliver what was promised by the agreed date.", questions["P5"].Text["en"]);
        Assert.Equal("We have staff with the expertise to answer technical questions.", questions["P17"].Text["en"]);
        Assert.Equal("Wij hebben medewerkers met de kennis om technische vragen te beantwoorden.", questions["P17"].Text["nl"]);
        Assert.Equal(22, ServqualQuestions.Items.Select(i => i.English).Distinct().Count());
    }

    [Fact]
    public void The_open_questions_are_the_four_of_the_004_survey_verbatim()
    {
        Assert.Equal(
        [
            "How do you see, which factors have the greatest impact on customer experience? (think about different project phases: " +
            "kick-off, engineering, manufacturing, FAT, delivery – any examples of behavior, method, communication, situation etc.)",
            "What would be the most significant issues in terms of customer service during projects which you would want us to improve?",
            "How we have succeeded to create a good customer experience? (what have we done right - any positive examples)",
            "Any other comments, feedback?",
        ], BuiltInInstruments.OpenQuestions.Questions.Select(q => q.Text["en"]));
        Assert.All(BuiltInInstruments.OpenQuestions.Questions, q => Assert.Equal(QuestionType.OpenText, q.Type));
    }

    [Fact]
    public void Nps_csat_and_ces_rate_their_score_on_the_brief_s_scales()
    {
        Assert.Equal((0, 10), Range(BuiltInInstruments.Nps));
        Assert.Equal((1, 5), Range(BuiltInInstruments.Csat));
        Assert.Equal((1, 7), Range(BuiltInInstruments.Ces));

        static (int, int) Range(Instrument instrument)
        {
            var score = instrument.Questions.Single(q => q.Key == BuiltInInstruments.ScoreQuestion);
            Assert.True(score.Required);
            return (score.Lowest, score.Highest);
        }
    }

    [Fact]
    public void Target_experience_items_ask_each_category_on_its_dimensions_on_a_seven_point_agreement_scale()
    {
        var questions = BuiltInInstruments.TargetExperience.Questions;

        // 002 Figure 13 describes every category on four dimensions, except secure, which has no sensorial side.
        Assert.Equal(4 * 4 - 1, questions.Count);
        Assert.DoesNotContain(TargetExperienceItems.Key(TargetExperienceCategory.Secure, ExperienceDimension.Sensorial), questions.Select(q => q.Key));
        Assert.Contains("TX_effortless_affective", questions.Select(q => q.Key));
        Assert.All(Enum.GetValues<TargetExperienceCategory>(), category =>
            Assert.Contains(TargetExperienceItems.Items, i => i.Category == category && i.Dimension == ExperienceDimension.Affective));
        Assert.All(questions, q => Assert.Equal((QuestionType.Rating, 1, 7), (q.Type, q.Lowest, q.Highest)));
        Assert.All(questions, q => Assert.Equal(("Strongly disagree", "Helemaal eens"), (q.MinLabel!["en"], q.MaxLabel!["nl"])));
        Assert.Equal(questions.Count, questions.Select(q => q.Text["en"]).Distinct().Count());
        Assert.Equal(questions.Count, questions.Select(q => q.Text["nl"]).Distinct().Count());
        Assert.Same(BuiltInInstruments.TargetExperience, BuiltInInstruments.Find("target-experience"));
    }
}
