using System.Globalization;
using System.Text.Json.Nodes;
using Dyad.Core.Surveys;

namespace Dyad.Cli.Surveys;

/// <summary>Writing conventions every survey analysis shares: JSON for scripts, aligned tables for people.</summary>
internal static class SurveyOutput
{
    public const string Table = "table";
    public const string Json = "json";

    /// <summary>How tables show a figure the data leave undefined; JSON writes null.</summary>
    public const string Undefined = "n/a";

    /// <summary>On one line, as scripts and <c>jq</c> take it; people have the table.</summary>
    public static Task WriteJsonAsync(TextWriter writer, JsonNode json) => writer.WriteLineAsync(json.ToJsonString());

    /// <summary>A split analysis: one object per group, its <c>group</c> field first (null for rows without a value).</summary>
    public static JsonArray Grouped<T>(IEnumerable<GroupResult<T>> groups, Func<T, JsonObject> toJson) =>
        new(groups.Select(g =>
        {
            var json = toJson(g.Result);
            json.Insert(0, "group", g.Group);
            return (JsonNode)json;
        }).ToArray());

    public static string GroupLabel(string? group) => group ?? "(blank)";

    public static string Number(double? value, string format) =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? Undefined;
}
