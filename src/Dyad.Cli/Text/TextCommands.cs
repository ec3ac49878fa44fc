using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Dyad.Cli.Common;
using Dyad.Cli.Surveys;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Sentiment;

namespace Dyad.Cli.Text;

/// <summary>
/// <c>dyad text sentiment</c> and <c>dyad text code</c>: sentiment scores and keyword coding of open-text feedback
/// in files. Like the survey analyses they read the files alone and never open the database.
/// </summary>
internal static class TextCommands
{
    public static Command Create(CommandRunner runner) =>
        new("text", "Open-text feedback in files: sentiment and keyword coding, without the database.")
        {
            Sentiment(runner),
            Code(runner),
        };

    private static Command Sentiment(CommandRunner runner)
    {
        var input = Input("A text file, one text per line (UTF-8).");
        var language = new Option<string>("--language")
        {
            Description = $"The language of the texts; available: {string.Join(", ", SentimentAnalysers.BuiltIn.Languages)}.",
            DefaultValueFactory = _ => "en",
        };
        var format = SurveyCommands.Format();
        var command = new Command("sentiment",
            "VADER sentiment of each line: compound (-1 to 1) and the positive, neutral and negative shares, in input order.")
        {
            input,
            language,
            format,
        };
        runner.HandleWithoutDatabase(command, async run =>
        {
            var analyser = SentimentAnalysers.BuiltIn.For(run.Value(language));
            var texts = await File.ReadAllLinesAsync(run.Value(input).FullName, run.CancellationToken);
            var scored = texts.Select(t => (Text: t, Scores: analyser.Analyse(t))).ToArray();
            if (run.Value(format) == SurveyOutput.Json)
            {
                await SurveyOutput.WriteJsonAsync(run.Output, new JsonArray(scored.Select(s => (JsonNode)new JsonObject
                {
                    ["text"] = s.Text,
                    ["compound"] = s.Scores.Compound,
                    ["positive"] = s.Scores.Positive,
                    ["neutral"] = s.Scores.Neutral,
                    ["negative"] = s.Scores.Negative,
                }).ToArray()));
                return;
            }
            var table = new TextTable(("compound", true), ("positive", true), ("neutral", true), ("negative", true), ("text", false));
            foreach (var (text, scores) in scored)
            {
                table.Add(Score(scores.Compound, "0.0000"), Score(scores.Positive, "0.000"), Score(scores.Neutral, "0.000"),
                    Score(scores.Negative, "0.000"), Shorten(text));
            }
            await table.WriteAsync(run.Output);
        });
        return command;
    }

    private static Command Code(CommandRunner runner)
    {
        var codebook = new Option<FileInfo>("--codebook")
        {
            Description = "The codebook, JSON: {\"keywords\":[{\"keyword\":\"...\",\"topic\":null,\"synonyms\":[\"...\"]}], \"thresholds\":{\"topic\":n}}.",
            HelpName = "path",
            Required = true,
        }.AcceptExistingOnly();
        var input = Input($"A CSV of answers with the columns {AnswerFile.Id}, {AnswerFile.Topic} (may be empty) and {AnswerFile.Text}.");
        var suggest = new Option<int>("--suggest")
        {
            Description = "Also suggest up to this many new keywords from the answers the codebook leaves uncoded.",
            HelpName = "count",
            DefaultValueFactory = _ => 0,
        };
        var format = SurveyCommands.Format();
        var command = new Command("code",
            "Codes each answer with the codebook's keywords and counts each keyword per topic (frequency and share of the " +
            "topic's answers), keeping keywords at or above their topic's threshold, most frequent first.")
        {
            codebook,
            input,
            suggest,
            format,
        };
        runner.HandleWithoutDatabase(command, async run =>
        {
            var (book, thresholds) = CodebookFile.Read(run.Value(codebook));
            var answers = AnswerFile.Read(run.Value(input));
            var coded = KeywordCoding.Code(book, answers);
            var frequencies = ContentAnalysis.Frequencies(coded, book, thresholds);
            var count = run.Value(suggest);
            if (count < 0)
            {
                throw new CommandFailedException("--suggest takes a number of keywords, 0 or more.");
            }
            var suggestions = count > 0 ? KeywordSuggestions.Suggest(book, coded, answers, count) : null;
            await (run.Value(format) == SurveyOutput.Json
                ? SurveyOutput.WriteJsonAsync(run.Output, CodingJson(answers.Count, frequencies, coded, suggestions))
                : WriteCodingTableAsync(run.Output, answers.Count, frequencies, coded, suggestions));
        });
        return command;
    }

    private static JsonObject CodingJson(int answers, IReadOnlyList<KeywordFrequency> frequencies, IReadOnlyList<CodedAnswer> coded,
        IReadOnlyList<SuggestedKeyword>? suggestions)
    {
        var json = new JsonObject
        {
            ["answers"] = answers,
            ["keywords"] = new JsonArray(frequencies.Select(f => (JsonNode)new JsonObject
            {
                ["topic"] = f.Topic,
                ["keyword"] = f.Keyword,
                ["frequency"] = f.Frequency,
                ["share"] = f.Share,
            }).ToArray()),
            ["codes"] = new JsonArray(coded.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["keywords"] = new JsonArray(c.Keywords.Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
            }).ToArray()),
        };
        if (suggestions is not null)
        {
            json["suggestions"] = new JsonArray(suggestions.Select(s => (JsonNode)new JsonObject
            {
                ["phrase"] = s.Phrase,
                ["answers"] = s.Answers,
                ["score"] = s.Score,
            }).ToArray());
        }
        return json;
    }

    private static async Task WriteCodingTableAsync(TextWriter output, int answers, IReadOnlyList<KeywordFrequency> frequencies,
        IReadOnlyList<CodedAnswer> coded, IReadOnlyList<SuggestedKeyword>? suggestions)
    {
        var table = new TextTable(("topic", false), ("keyword", false), ("frequency", true), ("share", true));
        foreach (var f in frequencies)
        {
            table.Add(f.Topic ?? "", f.Keyword, f.Frequency.ToString(CultureInfo.InvariantCulture), f.Share.ToString("P1", CultureInfo.InvariantCulture));
        }
        await table.WriteAsync(output);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{answers} answers, {coded.Count(c => c.Keywords.Count == 0)} without any keyword.");
        if (suggestions is null)
        {
            return;
        }
        await output.WriteLineAsync();
        var suggested = new TextTable(("suggested keyword", false), ("uncoded answers", true), ("score", true));
        foreach (var s in suggestions)
        {
            suggested.Add(s.Phrase, s.Answers.ToString(CultureInfo.InvariantCulture), Score(s.Score, "0.00"));
        }
        await suggested.WriteAsync(output);
    }

    private static string Score(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private const int TextColumnWidth = 70;

    private static string Shorten(string text) => text.Length <= TextColumnWidth ? text : text[..(TextColumnWidth - 3)] + "...";

    private static Option<FileInfo> Input(string description) => new Option<FileInfo>("--input")
    {
        Description = description,
        HelpName = "path",
        Required = true,
    }.AcceptExistingOnly();
}
