using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Tests.Feedback.Analysis;

public class ContentAnalysisTests
{
    private static readonly Codebook Keywords = Codebook.Create(
        [new("responsiveness", null, []), new("documentation", null, []), new("product", null, [])]);

    private static CodedAnswer Answer(string topic, params string[] keywords) => new(Guid.NewGuid().ToString(), topic, keywords);

    [Fact]
    public void Frequencies_count_answers_per_topic_with_their_share_and_drop_keywords_below_the_topic_threshold()
    {
        CodedAnswer[] answers =
        [
            Answer("experience", "responsiveness", "documentation"),
            Answer("experience", "responsiveness"),
            Answer("experience", "responsiveness", "product"),
            Answer("experience"),
            Answer("service", "documentation"),
            Answer("service", "documentation", "product"),
        ];

        var table = ContentAnalysis.Frequencies(answers, Keywords, new Dictionary<string, int> { ["experience"] = 2 });

        Assert.Equal(
            [("experience", "responsiveness", 3, 0.75), ("service", "documentation", 2, 1.0), ("service", "product", 1, 0.5)],
            table.Select(f => (f.Topic, f.Keyword, f.Frequency, f.Share)));
    }

    [Fact]
    public void Topics_without_a_threshold_of_their_own_take_the_threshold_of_other_topics()
    {
        CodedAnswer[] answers = [Answer("experience", "responsiveness"), Answer("service", "documentation"), Answer("service", "documentation", "product")];

        var table = ContentAnalysis.Frequencies(answers, Keywords, new Dictionary<string, int> { ["experience"] = 1 }, otherTopics: 2);

        Assert.Equal([("service", "documentation"), ("experience", "responsiveness")], table.Select(f => (f.Topic, f.Keyword)));
    }

    [Fact]
    public void Equal_frequencies_keep_the_codebook_order()
    {
        CodedAnswer[] answers = [Answer("t", "product", "responsiveness"), Answer("t", "documentation")];

        var table = ContentAnalysis.Frequencies(answers, Keywords);

        Assert.Equal(["responsiveness", "documentation", "product"], table.Select(f => f.Keyword));
    }

    [Fact]
    public void Strengths_are_important_and_done_well_but_never_to_improve_as_004_found_for_the_product()
    {
        var result = StrengthsAndWeaknesses.Cross(
            important: ["responsiveness", "documentation", "meetings", "product", "professional FAT", "accurate answers", "communication", "flexibility"],
            doneWell: ["responsiveness", "product", "communication", "flexibility"],
            toImprove: ["documentation", "professional FAT", "responsiveness", "communication", "delivery time", "flexibility"]);

        Assert.Equal(["product"], result.Strengths);
        Assert.Equal(["responsiveness", "communication", "flexibility"], result.Ambivalent);
        Assert.Equal(["responsiveness", "documentation", "professional FAT", "communication", "flexibility"], result.Weaknesses);
    }
}
