using Dyad.Bench.Sentiment;

namespace Dyad.Bench.Tests;

/// <summary>A small run of the sentiment benchmark: every score equals vader-sentiment's on node.</summary>
public class SentimentBenchmarkTests
{
    [Fact]
    public async Task Every_text_scores_as_the_reference_vader_sentiment_scores_it()
    {
        await using var folder = await BenchFolder.CreateAsync();
        var texts = SentimentBenchmark.PrepareTexts(Path.Combine(BenchFolder.ReferenceFolder, "vader-corpus.txt"), folder.Path, 600);

        var dyad = SentimentBenchmark.RunDyad(texts);
        var reference = await SentimentBenchmark.RunReferenceAsync(BenchFolder.ReferenceFolder, texts);

        Assert.Equal(600, dyad.Items);
        Assert.Equal(600, reference.Items);
        Assert.Empty(SentimentBenchmark.Differences(texts));
    }
}
