using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Core.Surveys;

namespace Dyad.Cli.Surveys;

/// <summary>
/// <c>dyad survey analyze servqual</c> and <c>dyad survey analyze nps</c>: analyses of a response file
/// exported from any survey tool. They read the file alone and never open the database. The export verb, which does,
/// is in <see cref="SurveyResponseFiles"/>; files come back in with <c>dyad import responses</c>.
/// </summary>
internal static class SurveyCommands
{
    public static Command Create(CommandRunner runner) =>
        new("survey", "Survey responses: analyses of response files without the database, and a survey's responses out as CSV (in: 'dyad import responses').")
        {
            new Command("analyze", "Analyses the responses in a CSV file, one row per response, the header row naming the columns.")
            {
                AnalyzeServqual(runner),
                AnalyzeNps(runner),
            },
            SurveyResponseFiles.Export(runner),
        };

    private static Command AnalyzeServqual(CommandRunner runner)
    {
        var input = Input($"columns {ServqualColumns.ItemColumns} (answers 1-7, empty when not answered), " +
                          $"optionally {string.Join(", ", ServqualColumns.Weights)} (100 points over the five), and any others");
        var format = Format();
        var by = By();
        var command = new Command("servqual",
            "SERVQUAL gaps (perception - expectation) per item, dimension and overall, the importance-weighted gap, " +
            "and Cronbach's alpha of each dimension's expectation and perception items.")
        {
            input,
            format,
            by,
        };
        runner.HandleWithoutDatabase(command, async run =>
        {
            var file = ResponseFile.Read(run.Value(input));
            var group = run.OptionalValue(by);
            if (group is not null)
            {
                file.RequireColumn(group, "--by");
            }
            var responses = ServqualColumns.Read(file);
            if (responses.Count == 0)
            {
                throw new CommandFailedException($"{file.Name}: The file has a header but no responses.");
            }
            var json = run.Value(format) == SurveyOutput.Json;
            if (group is null)
            {
                var result = Servqual.Analyze(responses);
                await (json
                    ? SurveyOutput.WriteJsonAsync(run.Output, ServqualOutput.ToJson(result))
                    : ServqualOutput.WriteTableAsync(run.Output, result));
                return;
            }
            var groups = SurveyGroups.Analyze(file.Rows.Select(r => file.Cell(r, group)).Zip(responses), Servqual.Analyze);
            if (json)
            {
                await SurveyOutput.WriteJsonAsync(run.Output, SurveyOutput.Grouped(groups, ServqualOutput.ToJson));
                return;
            }
            foreach (var (index, (key, result)) in groups.Index())
            {
                if (index > 0)
                {
                    await run.Output.WriteLineAsync();
                }
                await ServqualOutput.WriteTableAsync(run.Output, result, key);
            }
        });
        return command;
    }

    private static Command AnalyzeNps(CommandRunner runner)
    {
        var input = Input("a column of 0-10 answers to the likelihood-to-recommend question, empty when not answered, and any others");
        var column = new Option<string>("--column")
        {
            Description = "The column holding the 0-10 answers.",
            HelpName = "name",
            Required = true,
        };
        var format = Format();
        var by = By();
        var command = new Command("nps",
            "Net Promoter Score in points (-100 to 100) with its 95 % margin of error, and the counts of promoters (9-10), " +
            "passives (7-8) and detractors (0-6).")
        {
            input,
            column,
            format,
            by,
        };
        runner.HandleWithoutDatabase(command, async run =>
        {
            var file = ResponseFile.Read(run.Value(input));
            var scores = run.Value(column);
            var group = run.OptionalValue(by);
            file.RequireColumn(scores, "--column");
            if (group is not null)
            {
                file.RequireColumn(group, "--by");
            }
            var answers = file.Rows
                .Select(r => (Group: group is null ? null : file.Cell(r, group), Score: file.Answer(r, scores, RatingScale.Nps)))
                .ToArray();
            if (answers.All(a => a.Score is null))
            {
                throw new CommandFailedException($"{file.Name}: Column '{scores}' holds no answers, and NPS is undefined without responses.");
            }
            var json = run.Value(format) == SurveyOutput.Json;
            if (group is null)
            {
                var result = Nps.Of(answers.Select(a => a.Score).OfType<int>());
                await (json
                    ? SurveyOutput.WriteJsonAsync(run.Output, NpsOutput.ToJson(result))
                    : NpsOutput.WriteTableAsync(run.Output, [new GroupResult<NpsResult>(null, result)], grouped: false));
                return;
            }
            var groups = SurveyGroups.Analyze(answers, groupScores => Nps.Of(groupScores.OfType<int>()));
            await (json
                ? SurveyOutput.WriteJsonAsync(run.Output, SurveyOutput.Grouped(groups, NpsOutput.ToJson))
                : NpsOutput.WriteTableAsync(run.Output, groups, grouped: true));
        });
        return command;
    }

    private static Option<FileInfo> Input(string columns) => new Option<FileInfo>("--input")
    {
        Description = $"The CSV file of responses, one row each, with {columns}.",
        HelpName = "path",
        Required = true,
    }.AcceptExistingOnly();

    internal static Option<string> Format() => new Option<string>("--format")
    {
        Description = $"{SurveyOutput.Json} for scripts, {SurveyOutput.Table} for people.",
        DefaultValueFactory = _ => SurveyOutput.Table,
    }.AcceptOnlyFromAmong(SurveyOutput.Json, SurveyOutput.Table);

    private static Option<string> By() => new("--by")
    {
        Description = "A column whose values split the analysis into groups, such as account, role or segment.",
        HelpName = "column",
    };
}
