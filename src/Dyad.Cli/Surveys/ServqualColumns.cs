using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Surveys;

namespace Dyad.Cli.Surveys;

/// <summary>
/// SERVQUAL in a response file: columns E1..E22 and P1..P22 hold the expectation and perception answers,
/// W_tangibles..W_empathy, when present, each respondent's importance weights. Other columns are ignored.
/// </summary>
internal static class ServqualColumns
{
    private static readonly int[] Items = Enumerable.Range(1, ServqualItems.Count).ToArray();

    public static readonly string[] Required = [.. Items.Select(Expectation), .. Items.Select(Perception)];

    public static readonly string[] Weights = ServqualItems.Dimensions.Select(Weight).ToArray();

    public static readonly string ItemColumns =
        $"{Expectation(1)}..{Expectation(ServqualItems.Count)} and {Perception(1)}..{Perception(ServqualItems.Count)}";

    public static string Expectation(int item) => $"E{item}";

    public static string Perception(int item) => $"P{item}";

    public static string Weight(ServqualDimension dimension) => $"W_{dimension.ToText()}";

    /// <summary>Every row's response, checked cell by cell; the first bad cell stops the reading.</summary>
    public static IReadOnlyList<ServqualResponse> Read(ResponseFile file)
    {
        if (file.Missing(Required) is { Count: > 0 } missing)
        {
            throw new CommandFailedException(
                $"{file.Name}: The header (row 1) lacks the column(s) {string.Join(", ", missing)}; a SERVQUAL file needs {ItemColumns}.");
        }
        var weighted = file.Missing(Weights) switch
        {
            { Count: 0 } => true,
            var absent when absent.Count == Weights.Length => false,
            var absent => throw new CommandFailedException(
                $"{file.Name}: The header (row 1) lacks the column(s) {string.Join(", ", absent)}; give all five weight columns or none."),
        };
        return file.Rows.Select(row => new ServqualResponse(
            Items.Select(i => file.Answer(row, Expectation(i), RatingScale.Servqual)).ToArray(),
            Items.Select(i => file.Answer(row, Perception(i), RatingScale.Servqual)).ToArray(),
            weighted ? ReadWeights(file, row) : null)).ToArray();
    }

    /// <summary>All five or none: a respondent who skipped the weighting question has no weights.</summary>
    private static ServqualWeights? ReadWeights(ResponseFile file, ResponseRow row)
    {
        var points = ServqualItems.Dimensions.ToDictionary(d => d, d => file.Points(row, Weight(d)));
        if (points.Values.All(p => p is null))
        {
            return null;
        }
        if (points.Where(p => p.Value is null).Select(p => Weight(p.Key)).FirstOrDefault() is { } empty)
        {
            throw file.Problem(row.Number, empty, "This weight is empty; give all five weights or none.");
        }
        var given = points.ToDictionary(p => p.Key, p => p.Value!.Value);
        return ServqualWeights.Problem(given) is { } problem
            ? throw file.Problem(row.Number, $"{Weights[0]}..{Weights[^1]}", problem)
            : new ServqualWeights(given);
    }
}
