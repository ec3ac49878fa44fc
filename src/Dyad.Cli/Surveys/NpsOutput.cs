using System.Text.Json.Nodes;
using Dyad.Cli.Common;
using Dyad.Core.Surveys;
using static Dyad.Cli.Surveys.SurveyOutput;

namespace Dyad.Cli.Surveys;

/// <summary>An NPS analysis as JSON and as a table, score and margin in points.</summary>
internal static class NpsOutput
{
    public static JsonObject ToJson(NpsResult result) => new()
    {
        ["responses"] = result.Responses,
        ["promoters"] = result.Promoters,
        ["passives"] = result.Passives,
        ["detractors"] = result.Detractors,
        ["nps"] = result.Score,
        ["margin_of_error"] = result.MarginOfError,
    };

    /// <summary>One line per result; a split analysis gets a group column first.</summary>
    public static Task WriteTableAsync(TextWriter writer, IReadOnlyList<GroupResult<NpsResult>> results, bool grouped)
    {
        (string, bool)[] figures =
        [
            ("responses", true), ("promoters", true), ("passives", true), ("detractors", true), ("NPS", true), ("margin (95 %)", true),
        ];
        var table = new TextTable(grouped ? [("group", false), .. figures] : figures);
        foreach (var (group, nps) in results)
        {
            string[] cells =
            [
                $"{nps.Responses}", $"{nps.Promoters}", $"{nps.Passives}", $"{nps.Detractors}",
                Number(nps.Score, "0.0"), Number(nps.MarginOfError, "0.0"),
            ];
            table.Add(grouped ? [GroupLabel(group), .. cells] : cells);
        }
        return table.WriteAsync(writer);
    }
}
