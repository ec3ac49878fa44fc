namespace Dyad.Core.Surveys;

/// <summary>
/// The SERVQUAL gap analysis: gaps per item, dimension and overall, the importance-weighted gap, and the
/// reliability of each dimension's expectation and perception scales.
/// </summary>
public static class Servqual
{
    /// <summary>
    /// Item means count every respondent who answered that side of the item, and item gaps those who
    /// answered both sides. A dimension's mean or gap is the mean over its items and the overall gap the
    /// mean over the five dimensions; each is null when one of its parts is, so a dimension is never
    /// summarised from a subset of its items that other groups would not share.
    /// </summary>
    public static ServqualResult Analyze(IReadOnlyCollection<ServqualResponse> responses)
    {
        var items = Enumerable.Range(1, ServqualItems.Count).Select(item => AnalyzeItem(item, responses)).ToArray();
        var weighted = responses.Where(r => r.Weights is not null).Select(r => r.Weights!).ToArray();
        var dimensions = ServqualItems.Dimensions.Select(dimension =>
        {
            var numbers = ServqualItems.Of(dimension);
            var mine = numbers.Select(n => items[n - 1]).ToArray();
            return new ServqualDimensionResult(
                dimension,
                numbers,
                MeanOfAll(mine.Select(i => i.Expectation)),
                MeanOfAll(mine.Select(i => i.Perception)),
                MeanOfAll(mine.Select(i => i.Gap)),
                Reliability(responses, numbers, r => r.Expectation),
                Reliability(responses, numbers, r => r.Perception),
                weighted.Length == 0 ? null : weighted.Average(w => w[dimension]));
        }).ToArray();
        return new ServqualResult(responses.Count, dimensions, items, MeanOfAll(dimensions.Select(d => d.Gap)), WeightedGap(dimensions));
    }

    private static ServqualItemResult AnalyzeItem(int item, IReadOnlyCollection<ServqualResponse> responses)
    {
        var expectations = responses.Select(r => r.Expectation(item)).OfType<int>().Select(v => (double)v).ToArray();
        var perceptions = responses.Select(r => r.Perception(item)).OfType<int>().Select(v => (double)v).ToArray();
        var gaps = responses
            .Where(r => r.Expectation(item) is not null && r.Perception(item) is not null)
            .Select(r => (double)(r.Perception(item)!.Value - r.Expectation(item)!.Value))
            .ToArray();
        return new ServqualItemResult(item, ServqualItems.DimensionOf(item),
            Descriptive.Mean(expectations), Descriptive.Mean(perceptions), Descriptive.Mean(gaps));
    }

    /// <summary>Over the respondents who answered every item of the dimension on this side.</summary>
    private static ScaleReliability Reliability(
        IReadOnlyCollection<ServqualResponse> responses, IReadOnlyList<int> items, Func<ServqualResponse, Func<int, int?>> side)
    {
        var complete = responses
            .Select(r => items.Select(side(r)).ToArray())
            .Where(answers => answers.All(a => a is not null))
            .Select(answers => (IReadOnlyList<double>)answers.Select(a => (double)a!.Value).ToArray())
            .ToArray();
        return ScaleReliability.Of(complete, items.Count);
    }

    /// <summary>Sum of dimension gap x mean weight / 100: the gap as the respondents rank what matters.</summary>
    private static double? WeightedGap(IReadOnlyList<ServqualDimensionResult> dimensions)
    {
        if (dimensions.Any(d => d.Gap is null || d.Weight is null))
        {
            return null;
        }
        return dimensions.Sum(d => d.Gap!.Value * d.Weight!.Value) / ServqualWeights.Total;
    }

    private static double? MeanOfAll(IEnumerable<double?> values)
    {
        var list = values.ToArray();
        return list.Length == 0 || list.Any(v => v is null) ? null : list.Average(v => v!.Value);
    }
}
