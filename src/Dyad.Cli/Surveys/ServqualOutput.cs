using System.Text.Json.Nodes;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using static Dyad.Cli.Surveys.SurveyOutput;

namespace Dyad.Cli.Surveys;

/// <summary>A SERVQUAL analysis as JSON and as tables.</summary>
internal static class ServqualOutput
{
    public const string Instrument = "servqual";

    public static JsonObject ToJson(ServqualResult result) => new()
    {
        ["instrument"] = Instrument,
        ["respondents"] = result.Respondents,
        ["dimensions"] = new JsonArray(result.Dimensions.Select(d => (JsonNode)new JsonObject
        {
            ["name"] = d.Dimension.ToText(),
            ["items"] = new JsonArray(d.Items.Select(i => (JsonNode)i).ToArray()),
            ["expectation"] = d.Expectation,
            ["perception"] = d.Perception,
            ["gap"] = d.Gap,
            ["alpha_expectation"] = d.ExpectationReliability.Alpha,
            ["alpha_perception"] = d.PerceptionReliability.Alpha,
            ["weight"] = d.Weight,
        }).ToArray()),
        ["items"] = new JsonArray(result.Items.Select(i => (JsonNode)new JsonObject
        {
            ["item"] = i.Item,
            ["dimension"] = i.Dimension.ToText(),
            ["expectation"] = i.Expectation,
            ["perception"] = i.Perception,
            ["gap"] = i.Gap,
        }).ToArray()),
        ["overall"] = new JsonObject
        {
            ["gap"] = result.Gap,
            ["weighted_gap"] = result.WeightedGap,
        },
    };

    /// <summary>A title line, the dimensions with the overall and weighted gaps beneath, then the items.</summary>
    public static async Task WriteTableAsync(TextWriter writer, ServqualResult result, string? group = null)
    {
        var of = group is null ? "" : $", group {GroupLabel(group)}";
        await writer.WriteLineAsync($"SERVQUAL{of}: {result.Respondents} respondent(s); gap = perception - expectation, on 1-7 scales");
        await writer.WriteLineAsync();

        var dimensions = new TextTable(
            ("dimension", false), ("items", false), ("expectation", true), ("perception", true), ("gap", true),
            ("alpha E", true), ("alpha P", true), ("weight", true));
        foreach (var d in result.Dimensions)
        {
            dimensions.Add(d.Dimension.ToText(), $"{d.Items[0]}-{d.Items[^1]}", Mean(d.Expectation), Mean(d.Perception), Mean(d.Gap),
                Alpha(d.ExpectationReliability.Alpha), Alpha(d.PerceptionReliability.Alpha), Number(d.Weight, "0.0"));
        }
        dimensions.Add("overall", "", "", "", Mean(result.Gap), "", "", "");
        dimensions.Add("weighted", "", "", "", Mean(result.WeightedGap), "", "", "");
        await dimensions.WriteAsync(writer);
        await writer.WriteLineAsync();

        var items = new TextTable(("item", true), ("dimension", false), ("expectation", true), ("perception", true), ("gap", true));
        foreach (var i in result.Items)
        {
            items.Add($"{i.Item}", i.Dimension.ToText(), Mean(i.Expectation), Mean(i.Perception), Mean(i.Gap));
        }
        await items.WriteAsync(writer);
    }

    private static string Mean(double? value) => Number(value, "0.00");

    private static string Alpha(double? value) => Number(value, "0.000");
}
