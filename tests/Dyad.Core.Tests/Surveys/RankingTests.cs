using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class RankingTests
{
    private static readonly Question[] Questions =
    [
        new("priorities", QuestionType.Ranking, LocalizedText.Of("Rank what matters most.", "Rangschik wat het belangrijkst is."), Required: true,
            Options:
            [
                new("documentation", LocalizedText.Of("Documentation", "Documentatie")),
                new("responsiveness", LocalizedText.Of("Responsiveness", "Reactiesnelheid")),
                new("fat", LocalizedText.Of("Professional FAT", "Professionele FAT")),
            ]),
    ];

    [Fact]
    public void A_ranking_orders_every_option_once()
    {
        Assert.True(AnswerValidator.Validate(Questions, new Dictionary<string, Answer> { ["priorities"] = new(Choices: ["fat", "documentation", "responsiveness"]) }).IsEmpty);
        var partial = AnswerValidator.Validate(Questions, new Dictionary<string, Answer> { ["priorities"] = new(Choices: ["fat", "documentation"]) }).ToDictionary();
        Assert.Contains("every one of its 3 options", partial["answers.priorities"][0], StringComparison.Ordinal);
        Assert.False(AnswerValidator.Validate(Questions, new Dictionary<string, Answer> { ["priorities"] = new(Choices: ["fat", "fat", "documentation"]) }).IsEmpty);
    }

    [Fact]
    public void Skip_logic_cannot_look_at_a_ranking()
    {
        Question[] questions = [.. Questions, new("why", QuestionType.OpenText, LocalizedText.Of("Why?", "Waarom?"),
            ShowWhen: new SkipCondition("priorities", SkipOperator.Equals, Option: "fat"))];

        Assert.Contains("of type ranking", Questionnaire.Check(questions, ["en", "nl"]).ToDictionary()["questions[1]"][0], StringComparison.Ordinal);
    }
}
