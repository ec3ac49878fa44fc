using System.Globalization;
using Dyad.Core.Common;
using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

/// <summary>
/// Fixtures/servqual-sample.csv: 40 invented respondents of a business customer survey (account, role,
/// E1-E22, P1-P22, weights), with a few unanswered cells and three respondents who gave no weights.
/// The file has no quoted fields, so a plain split reads it.
/// </summary>
internal static class ServqualFixture
{
    public const string SampleFile = "servqual-sample.csv";

    public static IReadOnlyList<(IReadOnlyDictionary<string, string> Columns, ServqualResponse Response)> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Surveys", "Fixtures", SampleFile));
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => (IReadOnlyDictionary<string, string>)header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))
            .Select(columns => (columns, ToResponse(columns)))
            .ToArray();
    }

    public static IReadOnlyList<ServqualResponse> Responses() => Load().Select(r => r.Response).ToArray();

    private static ServqualResponse ToResponse(IReadOnlyDictionary<string, string> columns)
    {
        int? Answer(string column) => columns[column] is "" ? null : int.Parse(columns[column], CultureInfo.InvariantCulture);
        var items = Enumerable.Range(1, ServqualItems.Count).ToArray();
        var weights = ServqualItems.Dimensions.ToDictionary(d => d, d => columns[$"W_{d.ToText()}"]);
        return new ServqualResponse(
            items.Select(i => Answer($"E{i}")).ToArray(),
            items.Select(i => Answer($"P{i}")).ToArray(),
            weights.Values.All(w => w == "")
                ? null
                : new ServqualWeights(weights.ToDictionary(w => w.Key, w => double.Parse(w.Value, CultureInfo.InvariantCulture))));
    }
}
