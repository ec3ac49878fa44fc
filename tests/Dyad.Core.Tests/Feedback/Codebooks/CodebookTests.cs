using Dyad.Core.Common;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Tests.Feedback.Codebooks;

public class CodebookTests
{
    private static readonly Codebook Responsiveness = Codebook.Create(
    [
        new("responsiveness", null, ["quick reply", "fast answers"]),
        new("documentation", null, ["document*", "drawings"]),
        new("delivery time", "customer service", ["lead time"]),
    ]);

    [Theory]
    [InlineData("Thanks for the QUICK REPLY.")]
    [InlineData("Quick replies from engineering saved us.")]
    [InlineData("We want fast answers.")]
    [InlineData("A fast answer helps.")]
    [InlineData("Responsiveness matters most")]
    public void Synonyms_merge_into_their_keyword_whatever_the_case_or_plural(string text) =>
        Assert.Equal(["responsiveness"], Responsiveness.Code(null, text));

    [Theory]
    [InlineData("The reply was quick.")]
    [InlineData("Breakfast answers nothing.")]
    [InlineData("Quickly replying is hard.")]
    public void Matching_is_by_whole_words_in_order(string text) =>
        Assert.Empty(Responsiveness.Code(null, text));

    [Fact]
    public void A_trailing_star_matches_every_word_it_begins_and_one_answer_gets_several_keywords()
    {
        Assert.Equal(["responsiveness", "documentation"], Responsiveness.Code(null, "Documents late, drawings wrong, but a quick reply."));
        Assert.Equal(["documentation"], Responsiveness.Code(null, "The documentation was fine."));
    }

    [Fact]
    public void A_keyword_of_one_topic_codes_only_answers_of_that_topic()
    {
        Assert.Equal(["delivery time"], Responsiveness.Code("Customer service", "The lead time was too long."));
        Assert.Empty(Responsiveness.Code("customer experience", "The lead time was too long."));
    }

    [Fact]
    public void A_codebook_refuses_duplicate_keywords_and_empty_synonyms_naming_each()
    {
        var error = Assert.Throws<DomainValidationException>(() => Codebook.Create(
        [
            new("flexibility", null, ["flexib*"]),
            new("Flexibility", null, ["--"]),
            new(" ", null, []),
        ]));

        Assert.Contains("keywords[1].keyword", error.Errors.Keys);
        Assert.Contains("keywords[1].synonyms[0]", error.Errors.Keys);
        Assert.Contains("keywords[2].keyword", error.Errors.Keys);
        Assert.DoesNotContain("keywords[0].keyword", error.Errors.Keys);
    }

    [Theory]
    [InlineData("meetings", "meeting")]
    [InlineData("replies", "reply")]
    [InlineData("process", "process")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("gas", "gas")]
    public void Stemming_only_folds_plurals(string word, string stem) => Assert.Equal(stem, TextWords.Stem(word));
}
