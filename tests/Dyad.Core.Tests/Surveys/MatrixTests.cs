using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class MatrixTests
{
    private static readonly Question[] Questions =
    [
        new("phases", QuestionType.Matrix, LocalizedText.Of("How did each phase go?", "Hoe verliep elke fase?"), Required: true, Min: 1, Max: 5,
            Rows:
            [
                new("engineering", LocalizedText.Of("Engineering", "Engineering")),
                new("fat", LocalizedText.Of("FAT", "FAT")),
            ]),
    ];

    private static IReadOnlyDictionary<string, string[]> Errors(Answer answer) =>
        AnswerValidator.Validate(Questions, new Dictionary<string, Answer> { ["phases"] = answer }).ToDictionary();

    [Fact]
    public void A_required_matrix_rates_every_row_on_its_scale()
    {
        Assert.Empty(Errors(new Answer(Rows: new Dictionary<string, int> { ["engineering"] = 4, ["fat"] = 2 })));
        Assert.Contains("'fat' is not", Errors(new Answer(Rows: new Dictionary<string, int> { ["engineering"] = 4 }))["answers.phases"][0], StringComparison.Ordinal);
        Assert.Contains("row 'fat' has 6", Errors(new Answer(Rows: new Dictionary<string, int> { ["engineering"] = 4, ["fat"] = 6 }))["answers.phases"][0], StringComparison.Ordinal);
        Assert.Contains("no row 'delivery'", Errors(new Answer(Rows: new Dictionary<string, int> { ["delivery"] = 4 }))["answers.phases"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_filling_two_parts_is_the_wrong_kind()
    {
        Assert.Contains("takes a rating per row",
            Errors(new Answer(Number: 3, Rows: new Dictionary<string, int> { ["engineering"] = 4, ["fat"] = 2 }))["answers.phases"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_needs_rows_and_a_scale()
    {
        Question[] questions = [new("m", QuestionType.Matrix, LocalizedText.Of("M?", "M?"))];

        Assert.Equal(2, Questionnaire.Check(questions, ["en", "nl"]).ToDictionary()["questions[0]"].Length);
    }
}
