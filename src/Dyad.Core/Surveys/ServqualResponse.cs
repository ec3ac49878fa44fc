using Dyad.Core.Common;
using static System.FormattableString;

namespace Dyad.Core.Surveys;

/// <summary>
/// One respondent's SERVQUAL answers: expectation and perception per item (index 0 is item 1), each
/// 1-7 or null when not answered, and optionally the importance weights they gave the dimensions.
/// </summary>
public sealed class ServqualResponse
{
    public ServqualResponse(IReadOnlyList<int?> expectations, IReadOnlyList<int?> perceptions, ServqualWeights? weights = null)
    {
        Expectations = Checked(expectations, nameof(expectations));
        Perceptions = Checked(perceptions, nameof(perceptions));
        Weights = weights;
    }

    public IReadOnlyList<int?> Expectations { get; }

    public IReadOnlyList<int?> Perceptions { get; }

    public ServqualWeights? Weights { get; }

    public int? Expectation(int item) => Expectations[item - 1];

    public int? Perception(int item) => Perceptions[item - 1];

    private static int?[] Checked(IReadOnlyList<int?> answers, string name)
    {
        if (answers.Count != ServqualItems.Count)
        {
            throw new ArgumentException($"A SERVQUAL response has {ServqualItems.Count} items, not {answers.Count}.", name);
        }
        foreach (var answer in answers)
        {
            if (answer is { } value)
            {
                RatingScale.Servqual.Require(value);
            }
        }
        return answers.ToArray();
    }
}

/// <summary>
/// How a respondent splits 100 points of importance over the five dimensions (the constant-sum
/// question of SERVQUAL, product brief Measurement).
/// </summary>
public sealed class ServqualWeights
{
    public const double Total = 100;

    /// <summary>
    /// How far the points may miss <see cref="Total"/>: survey tools export shares rounded to a decimal or two,
    /// and five such roundings stay well inside half a point.
    /// </summary>
    public const double Tolerance = 0.5;

    private readonly double[] _points;

    public ServqualWeights(IReadOnlyDictionary<ServqualDimension, double> points)
    {
        if (Problem(points) is { } problem)
        {
            throw new ArgumentException(problem, nameof(points));
        }
        _points = ServqualItems.Dimensions.Select(d => points[d]).ToArray();
    }

    /// <summary>What is wrong with these points as one respondent's weights, or null when nothing is.</summary>
    public static string? Problem(IReadOnlyDictionary<ServqualDimension, double> points)
    {
        foreach (var dimension in ServqualItems.Dimensions)
        {
            if (!points.TryGetValue(dimension, out var value))
            {
                return $"Every dimension needs a weight; {dimension.ToText()} has none.";
            }
            if (value < 0 || !double.IsFinite(value))
            {
                return Invariant($"The weight of {dimension.ToText()} is {value}; weights are points, 0 or more.");
            }
        }
        var sum = points.Values.Sum();
        return Math.Abs(sum - Total) > Tolerance ? Invariant($"The weights add up to {sum:0.##}; they must add up to {Total}.") : null;
    }

    public double this[ServqualDimension dimension] => _points[(int)dimension];
}
