using System.Text.Json.Nodes;
using Dyad.Cli.Tests.Common;
using Dyad.Data;
using Microsoft.Extensions.Configuration;

namespace Dyad.Cli.Tests.Text;

/// <summary>
/// <c>dyad text sentiment</c> and <c>dyad text code</c> on files. The settings name a database provider that does
/// not exist, so these pass only because the commands never touch the database.
/// </summary>
public sealed class TextCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures");
    private static readonly string Codebook = Path.Combine(Fixtures, "codebook.json");
    private static readonly string Answers = Path.Combine(Fixtures, "answers.csv");

    private readonly IConfiguration _noDatabase = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.ProviderKey] = "none" })
        .Build();

    private readonly string _directory = Directory.CreateTempSubdirectory("dyad-text-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => InProcessCli.RunAsync(_noDatabase, args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Sentiment_json_scores_every_line_of_the_reference_corpus_as_the_reference_does_in_input_order()
    {
        var result = await RunAsync("text", "sentiment", "--input", Path.Combine(Fixtures, "vader-corpus.txt"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var scores = JsonNode.Parse(result.Output)!.AsArray();
        var reference = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "vader-reference.json")))!["scores"]!.AsArray();
        Assert.Equal(reference.Count, scores.Count);
        foreach (var (actual, expected) in scores.Zip(reference))
        {
            Assert.Equal(["text", "compound", "positive", "neutral", "negative"], actual!.AsObject().Select(p => p.Key));
            Assert.Equal((string?)expected!["text"], (string?)actual["text"]);
            foreach (var score in new[] { "compound", "positive", "neutral", "negative" })
            {
                Assert.Equal((double)expected[score]!, (double)actual[score]!, 0.001);
            }
        }
    }

    [Fact]
    public async Task Sentiment_table_shows_the_scores_beside_each_text_and_an_unknown_language_is_refused()
    {
        var input = Write("texts.txt", "The support team was great!\nThe delivery was late.\n");

        var table = await RunAsync("text", "sentiment", "--input", input);
        var dutch = await RunAsync("text", "sentiment", "--input", input, "--language", "nl");

        Assert.Equal(0, table.ExitCode);
        var lines = table.Output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^\s*0\.7959\s+0\.703\s+0\.297\s+0\.000\s+The support team was great!$", lines[1].TrimEnd());
        Assert.Equal(1, dutch.ExitCode);
        Assert.Contains("'nl'", dutch.Error);
        Assert.Contains("en", dutch.Error);
    }

    [Fact]
    public async Task Code_json_counts_keywords_per_topic_above_thresholds_sorted_by_frequency_with_each_answer_s_codes()
    {
        var result = await RunAsync("text", "code", "--codebook", Codebook, "--input", Answers, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var json = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(["answers", "keywords", "codes"], json.Select(p => p.Key));
        Assert.Equal(8, (int)json["answers"]!);
        // The codebook keeps experience keywords named at least twice; service has no threshold.
        Assert.Equal(
            [("experience", "responsiveness", 2, 0.5), ("experience", "documentation", 2, 0.5), ("service", "delivery time", 2, 0.5),
             ("service", "documentation", 1, 0.25)],
            json["keywords"]!.AsArray().Select(k => ((string)k!["topic"]!, (string)k["keyword"]!, (int)k["frequency"]!, (double)k["share"]!)));
        var codes = json["codes"]!.AsArray();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], codes.Select(c => (string)c!["id"]!));
        Assert.Equal(["responsiveness", "documentation"], codes[0]!["keywords"]!.AsArray().Select(k => (string)k!));
        Assert.Equal(["documentation", "delivery time"], codes[6]!["keywords"]!.AsArray().Select(k => (string)k!));
        Assert.Empty(codes[3]!["keywords"]!.AsArray());
    }

    [Fact]
    public async Task Code_suggests_keywords_from_the_uncoded_answers()
    {
        var result = await RunAsync("text", "code", "--codebook", Codebook, "--input", Answers, "--format", "json", "--suggest", "2");

        Assert.Equal(0, result.ExitCode);
        var suggestions = JsonNode.Parse(result.Output)!["suggestions"]!.AsArray();
        Assert.Equal([("spare parts", 3), ("invoice process", 2)], suggestions.Select(s => ((string)s!["phrase"]!, (int)s["answers"]!)));
    }

    [Fact]
    public async Task Code_table_lists_the_frequencies_and_how_many_answers_no_keyword_fits()
    {
        var result = await RunAsync("text", "code", "--codebook", Codebook, "--input", Answers);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"experience\s+responsiveness\s+2\s+50\.0 %", result.Output);
        Assert.Contains("8 answers, 3 without any keyword.", result.Output);
    }

    [Fact]
    public async Task A_bad_answer_row_or_codebook_entry_is_named_in_the_error()
    {
        var noText = Write("no-text.csv", "id,topic,text\n1,experience,Fine.\n2,experience,\n");
        var twice = Write("twice.csv", "id,topic,text\n1,,Fine.\n1,,Again.\n");
        var noColumn = Write("no-column.csv", "id,text\n1,Fine.\n");
        var badSynonym = Write("bad.json", """{"keywords":[{"keyword":"price","synonyms":["cost*"]},{"keyword":"people","synonyms":["staff","--"]}]}""");
        var wrongType = Write("wrong.json", "{\"keywords\":[{\"keyword\":\"price\",\n\"synonyms\":\"cost\"}]}");

        var results = new[]
        {
            await RunAsync("text", "code", "--codebook", Codebook, "--input", noText),
            await RunAsync("text", "code", "--codebook", Codebook, "--input", twice),
            await RunAsync("text", "code", "--codebook", Codebook, "--input", noColumn),
            await RunAsync("text", "code", "--codebook", badSynonym, "--input", Answers),
            await RunAsync("text", "code", "--codebook", wrongType, "--input", Answers),
        };

        Assert.All(results, r => Assert.Equal(1, r.ExitCode));
        Assert.Contains("no-text.csv: Row 3, column 'text'", results[0].Error);
        Assert.Contains("twice.csv: Row 3, column 'id': Id '1' is already used on row 2.", results[1].Error);
        Assert.Contains("lacks the column(s) topic", results[2].Error);
        Assert.Contains("bad.json: keywords[1].synonyms[1]:", results[3].Error);
        Assert.Contains("wrong.json: Line 2, at $.keywords[0].synonyms", results[4].Error);
    }
}
