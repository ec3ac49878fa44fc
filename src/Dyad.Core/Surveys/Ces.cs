namespace Dyad.Core.Surveys;

/// <summary>
/// Customer effort on the 1-7 scale: the mean and its sample standard deviation, null where undefined
/// (no responses for the mean, fewer than two for the deviation).
/// </summary>
public sealed record CesResult(int Responses, double? Mean, double? StandardDeviation);

public static class Ces
{
    public static CesResult Of(IEnumerable<int> ratings)
    {
        var values = new List<double>();
        foreach (var rating in ratings)
        {
            RatingScale.Ces.Require(rating);
            values.Add(rating);
        }
        var variance = Descriptive.SampleVariance(values);
        return new CesResult(values.Count, Descriptive.Mean(values), variance is { } v ? Math.Sqrt(v) : null);
    }
}
