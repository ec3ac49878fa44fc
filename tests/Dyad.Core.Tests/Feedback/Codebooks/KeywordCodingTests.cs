using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Tests.Feedback.Codebooks;

public class KeywordCodingTests
{
    private static readonly OpenAnswer[] Answers =
    [
        new("1", null, "Quick reply and good drawings."),
        new("2", null, "The people were nice."),
    ];

    [Fact]
    public void Manual_codes_win_over_automatic_ones_and_survive_re_coding_with_a_changed_codebook()
    {
        var before = Codebook.Create([new("responsiveness", null, ["quick reply"]), new("documentation", null, ["drawings"])]);
        ManualCode[] corrections =
        [
            new("1", "documentation", Applied: false),
            new("2", "people", Applied: true),
        ];

        var first = KeywordCoding.Code(before, Answers, corrections);
        var after = Codebook.Create([new("documentation", null, ["drawing*"]), new("responsiveness", null, ["reply"]), new("people", null, ["staff"])]);
        var recoded = KeywordCoding.Code(after, Answers, corrections);

        Assert.Equal(["responsiveness"], first[0].Keywords);
        Assert.Equal(["people"], first[1].Keywords);
        Assert.Equal(["responsiveness"], recoded[0].Keywords);
        Assert.Equal(["people"], recoded[1].Keywords);
    }

    [Fact]
    public void The_last_correction_of_a_keyword_counts()
    {
        var final = KeywordCoding.Apply(["product"], [new("1", "product", false), new("1", "product", true), new("1", "price", true), new("1", "price", false)]);

        Assert.Equal(["product"], final);
    }

    [Fact]
    public void Suggestions_come_from_uncoded_answers_ranked_with_phrases_kept_whole()
    {
        var codebook = Codebook.Create([new("responsiveness", null, ["quick reply"])]);
        OpenAnswer[] answers =
        [
            new("1", null, "Quick reply from the team."),
            new("2", null, "The spare parts arrived late again."),
            new("3", null, "Spare parts took weeks; the team was kind."),
            new("4", null, "Waiting for spare parts is costly."),
            new("5", null, "The team was kind and the spare parts came."),
            new("6", null, "Quick reply, and the team was kind."),
        ];

        var suggestions = KeywordSuggestions.Suggest(codebook, KeywordCoding.Code(codebook, answers), answers, 5);

        Assert.Equal("spare parts", suggestions[0].Phrase);
        Assert.Equal(4, suggestions[0].Answers);
        Assert.DoesNotContain(suggestions, s => s.Phrase is "spare" or "parts" or "quick reply");
        // "team" and "kind" also occur in a coded answer, so they rank below the phrase only uncoded answers use.
        Assert.Contains(suggestions, s => s.Phrase == "team was kind" && s.Answers == 2);
        Assert.DoesNotContain(suggestions, s => s.Phrase == "the");
    }
}
