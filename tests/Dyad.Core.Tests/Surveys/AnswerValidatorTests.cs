using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class AnswerValidatorTests
{
    private static readonly Question[] Questions =
    [
        new("role", QuestionType.SingleChoice, LocalizedText.Of("Your role?", "Uw rol?"), Required: true,
            Options: [new("buyer", LocalizedText.Of("Buyer", "Inkoper")), new("user", LocalizedText.Of("User", "Gebruiker"))]),
        new("score", QuestionType.Nps, LocalizedText.Of("Recommend us?", "Ons aanbevelen?"), Required: true),
        new("why_low", QuestionType.OpenText, LocalizedText.Of("What went wrong?", "Wat ging er mis?"), Required: true,
            ShowWhen: new SkipCondition("score", SkipOperator.AtMost, 6)),
        new("topics", QuestionType.MultipleChoice, LocalizedText.Of("Topics?", "Onderwerpen?"),
            Options: [new("docs", LocalizedText.Of("Documentation", "Documentatie")), new("fat", LocalizedText.Of("FAT", "FAT"))],
            ShowWhen: new SkipCondition("role", SkipOperator.Equals, Option: "user")),
        new("effort", QuestionType.Rating, LocalizedText.Of("Effort?", "Moeite?"), Min: 1, Max: 7),
    ];

    private static IReadOnlyDictionary<string, string[]> Errors(Dictionary<string, Answer> answers) =>
        AnswerValidator.Validate(Questions, answers).ToDictionary();

    [Fact]
    public void Complete_answers_within_their_ranges_pass()
    {
        Assert.Empty(Errors(new()
        {
            ["role"] = new(Choices: ["user"]), ["score"] = new(Number: 3), ["why_low"] = new(Text: "Late drawings."),
            ["topics"] = new(Choices: ["docs", "fat"]), ["effort"] = new(Number: 7),
        }));
    }

    [Fact]
    public void An_answer_to_an_unknown_question_is_refused_by_its_key()
    {
        var errors = Errors(new() { ["role"] = new(Choices: ["buyer"]), ["score"] = new(Number: 9), ["colour"] = new(Text: "blue") });

        Assert.Equal(["answers.colour"], errors.Keys);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-1)]
    public void A_number_outside_the_scale_is_refused(int score)
    {
        var errors = Errors(new() { ["role"] = new(Choices: ["buyer"]), ["score"] = new(Number: score) });

        Assert.Contains("from 0 to 10", Assert.Single(errors["answers.score"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_and_two_single_choices_are_refused()
    {
        Assert.Contains("no option 'ceo'", Errors(new() { ["role"] = new(Choices: ["ceo"]), ["score"] = new(Number: 9) })["answers.role"][0], StringComparison.Ordinal);
        Assert.Contains("exactly one", Errors(new() { ["role"] = new(Choices: ["buyer", "user"]), ["score"] = new(Number: 9) })["answers.role"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_question_shown_by_skip_logic_must_be_answered_and_one_it_hides_need_not()
    {
        Assert.Equal(["answers.why_low"], Errors(new() { ["role"] = new(Choices: ["buyer"]), ["score"] = new(Number: 4) }).Keys);
        Assert.Empty(Errors(new() { ["role"] = new(Choices: ["buyer"]), ["score"] = new(Number: 10) }));
        Assert.Equal(["answers.role", "answers.score"], Errors(new()).Keys.Order());
    }

    [Fact]
    public void An_answer_to_a_question_hidden_by_skip_logic_is_refused()
    {
        var errors = Errors(new() { ["role"] = new(Choices: ["buyer"]), ["score"] = new(Number: 10), ["why_low"] = new(Text: "Nothing."), ["topics"] = new(Choices: ["docs"]) });

        Assert.Equal(["answers.topics", "answers.why_low"], errors.Keys.Order());
    }

    [Fact]
    public void A_number_for_a_choice_question_is_the_wrong_kind_of_answer()
    {
        Assert.Contains("takes choices", Errors(new() { ["role"] = new(Number: 1), ["score"] = new(Number: 9) })["answers.role"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_questionnaire_check_refuses_skip_logic_on_a_later_question_and_missing_translations()
    {
        Question[] questions =
        [
            new("a", QuestionType.OpenText, LocalizedText.Of("A?", "A?"), ShowWhen: new SkipCondition("b", SkipOperator.AtLeast, 3)),
            new("b", QuestionType.Rating, new LocalizedText { ["en"] = "B?" }, Min: 1, Max: 5),
            new("b", QuestionType.Rating, LocalizedText.Of("B?", "B?"), Min: 5, Max: 5),
        ];

        var errors = Questionnaire.Check(questions, ["en", "nl"]).ToDictionary();

        Assert.Contains("earlier question", errors["questions[0]"][0], StringComparison.Ordinal);
        Assert.Contains("wording in 'nl'", errors["questions[1]"][0], StringComparison.Ordinal);
        Assert.Equal(2, errors["questions[2]"].Length); // a duplicate key and an empty range
    }

    [Fact]
    public void The_questionnaire_check_reports_nulls_from_json_instead_of_failing()
    {
        Question[] questions =
        [
            null!,
            new("pick", QuestionType.SingleChoice, LocalizedText.Of("Pick?", "Kies?"), Options: [null!, new("a", LocalizedText.Of("A", "A"))]),
            new("later", QuestionType.OpenText, LocalizedText.Of("Why?", "Waarom?"), ShowWhen: new SkipCondition(null!, SkipOperator.Equals, 1)),
        ];

        var errors = Questionnaire.Check(questions, ["en", "nl"]).ToDictionary();

        Assert.Equal(["questions[0]", "questions[1]", "questions[2]"], errors.Keys.Order());
    }
}
