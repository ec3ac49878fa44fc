using Dyad.Core.Alerts;
using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Alerts;

public class ResponseScoreTests
{
    private static readonly Question[] Questions =
    [
        new("nps", QuestionType.Nps, LocalizedText.Of("Recommend?", "Aanbevelen?")),
        new("csat", QuestionType.Rating, LocalizedText.Of("Satisfied?", "Tevreden?"), Min: 1, Max: 5),
        new("why", QuestionType.OpenText, LocalizedText.Of("Why?", "Waarom?")),
    ];

    [Fact]
    public void A_response_scores_the_mean_of_its_numeric_answers_each_on_0_to_100()
    {
        var answers = new Dictionary<string, Answer> { ["nps"] = new(Number: 9), ["csat"] = new(Number: 4), ["why"] = new(Text: "Fast") };

        // NPS 9 of 0-10 is 90; CSAT 4 of 1-5 is 75.
        Assert.Equal(82.5, ResponseScore.Of(Questions, answers));
    }

    [Fact]
    public void A_response_without_numeric_answers_has_no_score()
    {
        Assert.Null(ResponseScore.Of(Questions, new Dictionary<string, Answer> { ["why"] = new(Text: "Fast") }));
    }
}
