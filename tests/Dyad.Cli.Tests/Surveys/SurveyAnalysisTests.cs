using System.Text.Json.Nodes;
using Dyad.Cli.Tests.Common;
using Dyad.Data;
using Microsoft.Extensions.Configuration;

namespace Dyad.Cli.Tests.Surveys;

/// <summary>
/// <c>dyad survey analyze</c> on response files. The settings name a database provider that does not exist,
/// so any command that touched the database would fail: these pass only because the analyses never do.
/// </summary>
public sealed class SurveyAnalysisTests : IDisposable
{
    private const double Tolerance = 1e-9;

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Surveys", "Fixtures");
    private static readonly string ServqualSample = Path.Combine(Fixtures, "servqual-sample.csv");
    private static readonly string NpsSample = Path.Combine(Fixtures, "nps-sample.csv");

    private readonly IConfiguration _noDatabase = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.ProviderKey] = "none" })
        .Build();

    private readonly string _directory = Directory.CreateTempSubdirectory("dyad-survey-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Survey_analysis_runs_where_database_commands_cannot()
    {
        var database = await RunAsync("accounts", "export", "--file", Path.Combine(_directory, "out.csv"));
        var survey = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "likely_to_recommend");

        Assert.Equal(1, database.ExitCode);
        Assert.Contains(DatabaseSettings.ProviderKey, database.Error);
        Assert.Equal(0, survey.ExitCode);
        Assert.Equal("", survey.Error);
    }

    [Fact]
    public async Task Servqual_json_has_the_documented_shape_and_the_sample_s_figures()
    {
        var result = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var json = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(["instrument", "respondents", "dimensions", "items", "overall"], json.Select(p => p.Key));
        Assert.Equal("servqual", (string?)json["instrument"]);
        Assert.Equal(40, (int?)json["respondents"]);

        var dimensions = json["dimensions"]!.AsArray();
        Assert.Equal(["tangibles", "reliability", "responsiveness", "assurance", "empathy"], dimensions.Select(d => (string?)d!["name"]));
        Assert.All(dimensions, d => Assert.Equal(
            ["name", "items", "expectation", "perception", "gap", "alpha_expectation", "alpha_perception", "weight"],
            d!.AsObject().Select(p => p.Key)));
        Assert.Equal([10, 11, 12, 13], dimensions[2]!["items"]!.AsArray().Select(i => (int)i!));
        Assert.Equal(100, dimensions.Sum(d => (double)d!["weight"]!), Tolerance);

        var items = json["items"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 22), items.Select(i => (int)i!["item"]!));
        Assert.All(items, i => Assert.Equal(["item", "dimension", "expectation", "perception", "gap"], i!.AsObject().Select(p => p.Key)));
        Assert.Equal("empathy", (string?)items[21]!["dimension"]);
        // A dimension's gap is the mean of its items' gaps, the overall gap the mean of the dimensions'.
        Assert.Equal(items.Take(4).Average(i => (double)i!["gap"]!), (double)dimensions[0]!["gap"]!, Tolerance);
        Assert.Equal(dimensions.Average(d => (double)d!["gap"]!), (double)json["overall"]!["gap"]!, Tolerance);
        // Two of the figures R psych 2.2.9 gives on this sample (all of them are checked in Dyad.Core.Tests).
        Assert.Equal(0.844187620386, (double)dimensions[0]!["alpha_expectation"]!, 1e-4);
        Assert.Equal(-0.579292325017, (double)json["overall"]!["weighted_gap"]!, 1e-6);
    }

    [Fact]
    public async Task Servqual_by_a_column_reports_each_group_as_its_rows_alone_would()
    {
        var lines = await File.ReadAllLinesAsync(ServqualSample);
        var role = Array.IndexOf(lines[0].Split(','), "role");

        var split = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--format", "json", "--by", "role");

        Assert.Equal(0, split.ExitCode);
        var groups = JsonNode.Parse(split.Output)!.AsArray();
        Assert.Equal(["decision_maker", "user"], groups.Select(g => (string?)g!["group"]));
        Assert.Equal(40, groups.Sum(g => (int)g!["respondents"]!));
        foreach (var group in groups.Select(g => g!.AsObject()))
        {
            var name = (string)group["group"]!;
            var rows = lines.Skip(1).Where(l => l.Split(',')[role] == name);
            var alone = await RunAsync("survey", "analyze", "servqual", "--input", await WriteAsync($"{name}.csv", [lines[0], .. rows]), "--format", "json");
            Assert.Equal("group", group.First().Key);
            group.Remove("group");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(alone.Output), group), $"Group {name} differs from its rows analysed alone.");
        }
    }

    [Fact]
    public async Task Servqual_table_shows_the_dimensions_the_overall_gaps_and_the_items()
    {
        var result = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("SERVQUAL: 40 respondent(s)", result.Output);
        foreach (var name in new[] { "tangibles", "reliability", "responsiveness", "assurance", "empathy" })
        {
            Assert.Contains(result.OutputLines, l => l.StartsWith(name, StringComparison.Ordinal));
        }
        Assert.Contains("tangibles       1-4           4.98        5.32   0.35    0.844    0.864    10.3", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("overall", StringComparison.Ordinal) && l.EndsWith("-0.43", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("weighted", StringComparison.Ordinal) && l.EndsWith("-0.58", StringComparison.Ordinal));
        Assert.Contains("22  empathy                5.68        5.28  -0.40", result.OutputLines);
    }

    [Fact]
    public async Task Servqual_table_by_a_column_prints_one_block_per_group()
    {
        var result = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--by", "account");

        Assert.Equal(0, result.ExitCode);
        var titles = result.OutputLines.Where(l => l.StartsWith("SERVQUAL", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
        [
            "SERVQUAL, group Contoso Training: 10 respondent(s); gap = perception - expectation, on 1-7 scales",
            "SERVQUAL, group Fabrikam Engineering: 10 respondent(s); gap = perception - expectation, on 1-7 scales",
            "SERVQUAL, group Northwind Consulting: 10 respondent(s); gap = perception - expectation, on 1-7 scales",
            "SERVQUAL, group Tailspin Logistics: 10 respondent(s); gap = perception - expectation, on 1-7 scales",
        ], titles);
    }

    [Theory]
    [InlineData("8", "8 is not on the scale; SERVQUAL answers are whole numbers from 1 to 7.")]
    [InlineData("0", "0 is not on the scale; SERVQUAL answers are whole numbers from 1 to 7.")]
    [InlineData("5.5", "5.5 is not on the scale; SERVQUAL answers are whole numbers from 1 to 7.")]
    [InlineData("high", "'high' is not a number; SERVQUAL answers are whole numbers from 1 to 7.")]
    public async Task A_bad_servqual_cell_is_named_by_row_and_column_and_fails_with_1(string value, string problem)
    {
        // Row 5 is the fourth respondent; P3 is the 28th field.
        var file = await WriteSampleWithAsync(row: 5, column: "P3", value);

        var result = await RunAsync("survey", "analyze", "servqual", "--input", file, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"Error: servqual.csv: Row 5, column 'P3': {problem}", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Missing_item_columns_are_listed()
    {
        var lines = await File.ReadAllLinesAsync(ServqualSample);
        var header = lines[0].Split(',').ToList();
        int e7 = header.IndexOf("E7"), p22 = header.IndexOf("P22");
        string Without(string line) => string.Join(',', line.Split(',').Where((_, i) => i != e7 && i != p22));
        var file = await WriteAsync("servqual.csv", lines.Select(Without).ToArray());

        var result = await RunAsync("survey", "analyze", "servqual", "--input", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error: servqual.csv: The header (row 1) lacks the column(s) E7, P22; a SERVQUAL file needs E1..E22 and P1..P22.",
            result.Error.Trim());
    }

    [Fact]
    public async Task Weights_that_do_not_add_up_to_100_are_named_by_row()
    {
        var file = await WriteSampleWithAsync(row: 3, column: "W_empathy", "50");

        var result = await RunAsync("survey", "analyze", "servqual", "--input", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Error: servqual.csv: Row 3, column 'W_tangibles..W_empathy': The weights add up to ", result.Error);
        Assert.Contains("they must add up to 100.", result.Error);
    }

    [Fact]
    public async Task A_split_by_a_column_the_file_lacks_is_refused()
    {
        var result = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--by", "segment");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error: servqual-sample.csv: The header (row 1) has no column 'segment', named by --by.", result.Error.Trim());
    }

    [Fact]
    public async Task Nps_json_counts_the_answers_and_skips_empty_cells()
    {
        var result = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "likely_to_recommend", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(["responses", "promoters", "passives", "detractors", "nps", "margin_of_error"], json.Select(p => p.Key));
        Assert.Equal([10, 5, 2, 3], json.Take(4).Select(p => (int)p.Value!));
        Assert.Equal(20, (double)json["nps"]!, Tolerance);
        Assert.Equal(196 * Math.Sqrt((0.5 + 0.3 - 0.2 * 0.2) / 10), (double)json["margin_of_error"]!, Tolerance);
    }

    [Fact]
    public async Task Nps_by_account_reports_each_account_and_the_rows_without_one()
    {
        var result = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "likely_to_recommend", "--format", "json", "--by", "account");

        Assert.Equal(0, result.ExitCode);
        var groups = JsonNode.Parse(result.Output)!.AsArray().Select(g => g!.AsObject()).ToArray();
        Assert.Equal(["Contoso Training", "Northwind Consulting", null], groups.Select(g => (string?)g["group"]));
        Assert.All(groups, g => Assert.Equal("group", g.First().Key));
        // Contoso 9 10 8 6 9; Northwind 10 9 7 3 (one empty); no account: 0.
        Assert.Equal([5, 4, 1], groups.Select(g => (int)g["responses"]!));
        Assert.Equal([40.0, 25, -100], groups.Select(g => (double)g["nps"]!));
        Assert.Equal(196 * Math.Sqrt((0.6 + 0.2 - 0.4 * 0.4) / 5), (double)groups[0]["margin_of_error"]!, Tolerance);
        Assert.Equal(196 * Math.Sqrt((0.5 + 0.25 - 0.25 * 0.25) / 4), (double)groups[1]["margin_of_error"]!, Tolerance);
        Assert.Equal(0, (double)groups[2]["margin_of_error"]!);
    }

    [Fact]
    public async Task Nps_table_aligns_the_figures_under_their_headings()
    {
        var single = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "likely_to_recommend");
        var split = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "likely_to_recommend", "--by", "role", "--format", "table");

        Assert.Equal(
        [
            "responses  promoters  passives  detractors   NPS  margin (95 %)",
            "       10          5         2           3  20.0           54.0",
        ], single.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, split.ExitCode);
        Assert.Equal(3, split.OutputLines.Count);
        Assert.StartsWith("group           responses", split.OutputLines[0]);
        Assert.StartsWith("decision_maker", split.OutputLines[1]);
        Assert.StartsWith("user", split.OutputLines[2]);
        Assert.All(split.OutputLines, l => Assert.Equal(split.OutputLines[0].Length, l.Length));
    }

    [Theory]
    [InlineData("11", "11 is not on the scale; NPS answers are whole numbers from 0 to 10.")]
    [InlineData("-1", "-1 is not on the scale; NPS answers are whole numbers from 0 to 10.")]
    [InlineData("n/a", "'n/a' is not a number; NPS answers are whole numbers from 0 to 10.")]
    public async Task A_bad_nps_cell_is_named_by_row_and_column_and_fails_with_1(string value, string problem)
    {
        var lines = await File.ReadAllLinesAsync(NpsSample);
        lines[6] = lines[6].Replace(",9,", $",{value},", StringComparison.Ordinal);
        var file = await WriteAsync("nps.csv", lines);

        var result = await RunAsync("survey", "analyze", "nps", "--input", file, "--column", "likely_to_recommend");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"Error: nps.csv: Row 7, column 'likely_to_recommend': {problem}", result.Error.Trim());
    }

    [Fact]
    public async Task Nps_of_a_column_without_answers_is_refused_as_undefined()
    {
        var file = await WriteAsync("nps.csv", ["account,likely_to_recommend", "Contoso Training,", "Northwind Consulting,"]);

        var result = await RunAsync("survey", "analyze", "nps", "--input", file, "--column", "likely_to_recommend");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error: nps.csv: Column 'likely_to_recommend' holds no answers, and NPS is undefined without responses.", result.Error.Trim());
    }

    [Fact]
    public async Task Nps_needs_the_named_column()
    {
        var result = await RunAsync("survey", "analyze", "nps", "--input", NpsSample, "--column", "score");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error: nps-sample.csv: The header (row 1) has no column 'score', named by --column.", result.Error.Trim());
    }

    [Theory]
    [InlineData("servqual")]
    [InlineData("nps")]
    public async Task Both_analyses_explain_themselves_with_help(string instrument)
    {
        var result = await RunAsync("survey", "analyze", instrument, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($" survey analyze {instrument} [options]", result.Output);
        Assert.Contains("--format <json|table>", result.Output);
    }

    [Fact]
    public async Task An_unknown_format_or_a_missing_file_is_a_usage_error()
    {
        var format = await RunAsync("survey", "analyze", "servqual", "--input", ServqualSample, "--format", "xml");
        var missing = await RunAsync("survey", "analyze", "nps", "--input", Path.Combine(_directory, "none.csv"), "--column", "nps");

        Assert.Equal(DyadCli.UsageError, format.ExitCode);
        Assert.Contains("'xml'", format.Error);
        Assert.Equal(DyadCli.UsageError, missing.ExitCode);
        Assert.Contains("none.csv", missing.Error);
    }

    private Task<CliResult> RunAsync(params string[] args) => InProcessCli.RunAsync(_noDatabase, args);

    private async Task<string> WriteAsync(string name, string[] lines)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    /// <summary>The SERVQUAL sample as servqual.csv with one cell replaced; rows count from the header as row 1.</summary>
    private async Task<string> WriteSampleWithAsync(int row, string column, string value)
    {
        var lines = await File.ReadAllLinesAsync(ServqualSample);
        var index = Array.IndexOf(lines[0].Split(','), column);
        var fields = lines[row - 1].Split(',');
        fields[index] = value;
        lines[row - 1] = string.Join(',', fields);
        return await WriteAsync("servqual.csv", lines);
    }
}
