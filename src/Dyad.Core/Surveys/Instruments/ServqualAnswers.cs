namespace Dyad.Core.Surveys.Instruments;

/// <summary>Reads answers to the built-in SERVQUAL questionnaire as the analysis takes them.</summary>
public static class ServqualAnswers
{
    public const string WeightsField = "answers." + ServqualQuestions.WeightPrefix;

    /// <summary>
    /// Every question whose number the analysis reads: the expectations, the perceptions, then the weights. A store that
    /// reads these numbers alone hands the analysis all it needs without the rest of the answers.
    /// </summary>
    public static readonly IReadOnlyList<string> NumberKeys =
    [
        .. Enumerable.Range(1, ServqualItems.Count).Select(ServqualQuestions.ExpectationKey),
        .. Enumerable.Range(1, ServqualItems.Count).Select(ServqualQuestions.PerceptionKey),
        .. ServqualItems.Dimensions.Select(ServqualQuestions.WeightKey),
    ];

    /// <summary>Weights are all or nothing and add up to 100; null when they do, or when none were given.</summary>
    public static string? WeightsProblem(IReadOnlyDictionary<string, Answer> answers)
    {
        var points = Weights(answers);
        if (points.Count == 0)
        {
            return null;
        }
        return ServqualWeights.Problem(points);
    }

    public static ServqualResponse ToResponse(IReadOnlyDictionary<string, Answer> answers)
    {
        var items = Enumerable.Range(1, ServqualItems.Count).ToArray();
        var points = Weights(answers);
        return new ServqualResponse(
            items.Select(i => Number(answers, ServqualQuestions.ExpectationKey(i))).ToArray(),
            items.Select(i => Number(answers, ServqualQuestions.PerceptionKey(i))).ToArray(),
            points.Count == ServqualItems.Dimensions.Count ? new ServqualWeights(points) : null);
    }

    private static Dictionary<ServqualDimension, double> Weights(IReadOnlyDictionary<string, Answer> answers) =>
        ServqualItems.Dimensions
            .Select(d => (Dimension: d, Points: Number(answers, ServqualQuestions.WeightKey(d))))
            .Where(w => w.Points is not null)
            .ToDictionary(w => w.Dimension, w => (double)w.Points!.Value);

    private static int? Number(IReadOnlyDictionary<string, Answer> answers, string key) =>
        answers.TryGetValue(key, out var answer) ? answer.Number : null;
}
