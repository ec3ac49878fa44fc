using Dyad.Core.Common;
using Dyad.Core.Feedback.Sentiment;

namespace Dyad.Core.Tests.Feedback.Sentiment;

public class SentimentAnalysersTests
{
    [Fact]
    public void English_is_scored_by_vader_and_another_language_is_refused_naming_the_available_ones()
    {
        Assert.Same(VaderAnalyser.English, SentimentAnalysers.BuiltIn.For("EN"));

        var error = Assert.Throws<DomainValidationException>(() => SentimentAnalysers.BuiltIn.For("fi"));

        Assert.Contains("available: en", error.Errors["language"][0]);
    }

    [Fact]
    public void A_language_gets_its_own_analyser_once_one_is_plugged_in()
    {
        var finnish = new VaderAnalyser(VaderLexicon.Parse(new StringReader("hyvä\t1.9\t0.5\t[2]\nhuono\t-2.1\t0.6\t[-2]")), "fi");
        var analysers = new SentimentAnalysers([VaderAnalyser.English, finnish]);

        Assert.True(analysers.For("fi").Analyse("palvelu oli hyvä").Compound > 0);
        Assert.True(analysers.For("fi").Analyse("palvelu oli huono").Compound < 0);
        Assert.Equal(0, analysers.For("en").Analyse("palvelu oli hyvä").Compound);
    }

    [Fact]
    public void The_shipped_lexicon_holds_every_distinct_token_of_the_published_file() =>
        Assert.Equal(7503, VaderLexicon.BuiltIn.Count);

    [Fact]
    public void An_empty_text_scores_zero_everywhere() =>
        Assert.Equal(SentimentScores.None, VaderAnalyser.English.Analyse("  "));
}
