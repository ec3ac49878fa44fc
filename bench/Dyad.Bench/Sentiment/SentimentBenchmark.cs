using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dyad.Bench.Common;
using Dyad.Core.Feedback.Sentiment;

namespace Dyad.Bench.Sentiment;

/// <summary>
/// VADER scoring of many open answers by Dyad's analyser against the npm package vader-sentiment on node, over the same
/// file; every score is compared, within the tolerance the reference test allows (both round to four decimals).
/// </summary>
public static class SentimentBenchmark
{
    public const string DyadSide = "sentiment-dyad";
    public const double Tolerance = 0.001;

    /// <summary>The committed VADER corpus (271 sentences of praise, complaint, negation, idiom, emphasis) repeated to <paramref name="count"/> lines.</summary>
    public static string PrepareTexts(string corpusFile, string workFolder, int count)
    {
        var corpus = File.ReadAllLines(corpusFile).Where(l => l.Length > 0).ToArray();
        var file = Path.Combine(workFolder, "texts.txt");
        File.WriteAllLines(file, Enumerable.Range(0, count).Select(i => corpus[i % corpus.Length]));
        return file;
    }

    /// <summary>Scores every line of <paramref name="textsFile"/> into <c>dyad-scores.jsonl</c> beside it.</summary>
    public static Measurement RunDyad(string textsFile)
    {
        var texts = File.ReadAllLines(textsFile).Where(l => l.Length > 0).ToArray();
        var analyser = VaderAnalyser.English;
        var scores = new SentimentScores[texts.Length];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < texts.Length; i++)
        {
            scores[i] = analyser.Analyse(texts[i]);
        }
        watch.Stop();
        File.WriteAllLines(DyadScores(textsFile), scores.Select(s => JsonSerializer.Serialize(new[] { s.Compound, s.Positive, s.Neutral, s.Negative })));
        return Measurement.Of(texts.Length, watch);
    }

    public static Task<Measurement> RunReferenceAsync(string referenceFolder, string textsFile) =>
        SideProcess.RunAsync("node", [Path.Combine(referenceFolder, "vader.mjs"), textsFile, ReferenceScores(textsFile)]);

    /// <summary>The lines whose four scores differ from the reference's by more than <see cref="Tolerance"/>.</summary>
    public static IReadOnlyList<int> Differences(string textsFile)
    {
        var dyad = ReadScores(DyadScores(textsFile));
        var reference = ReadScores(ReferenceScores(textsFile));
        if (dyad.Length != reference.Length)
        {
            throw new InvalidDataException($"Dyad scored {dyad.Length} texts, the reference {reference.Length}.");
        }
        return Enumerable.Range(0, dyad.Length)
            .Where(i => dyad[i].Zip(reference[i]).Any(pair => Math.Abs(pair.First - pair.Second) > Tolerance))
            .ToList();
    }

    public static async Task RunAsync(string referenceFolder, string corpusFile, string workFolder, int count, ResultTable table)
    {
        var texts = PrepareTexts(corpusFile, workFolder, count);
        var dyad = await SideProcess.RunSelfAsync(DyadSide, texts);
        var reference = await RunReferenceAsync(referenceFolder, texts);
        var differences = Differences(texts);
        table.Add("VADER scores of open answers", dyad, "vader-sentiment 1.1.3 on node", reference,
            differences.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"all {count:N0} equal within {Tolerance}")
                : $"MISMATCH on {differences.Count} texts, first line {differences[0] + 1}");
    }

    private static string DyadScores(string textsFile) => Path.ChangeExtension(textsFile, ".dyad.jsonl");

    private static string ReferenceScores(string textsFile) => Path.ChangeExtension(textsFile, ".reference.jsonl");

    private static double[][] ReadScores(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<double[]>(l)!).ToArray();
}
