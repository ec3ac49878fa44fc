namespace Dyad.Core.Surveys;

/// <summary>
/// SERVQUAL over a set of responses. Means are null where nobody answered; a gap is perception minus
/// expectation, so a negative gap means the provider falls short of what customers expect.
/// </summary>
public sealed record ServqualResult(
    int Respondents,
    IReadOnlyList<ServqualDimensionResult> Dimensions,
    IReadOnlyList<ServqualItemResult> Items,
    double? Gap,
    double? WeightedGap);

/// <param name="Gap">Mean of P - E over the respondents who answered both.</param>
public sealed record ServqualItemResult(int Item, ServqualDimension Dimension, double? Expectation, double? Perception, double? Gap);

/// <param name="Expectation">Mean of the dimension's item means.</param>
/// <param name="Perception">Mean of the dimension's item means.</param>
/// <param name="Gap">Mean of the dimension's item gaps.</param>
/// <param name="Weight">Mean importance points over the respondents who gave weights; null when none did.</param>
public sealed record ServqualDimensionResult(
    ServqualDimension Dimension,
    IReadOnlyList<int> Items,
    double? Expectation,
    double? Perception,
    double? Gap,
    ScaleReliability ExpectationReliability,
    ScaleReliability PerceptionReliability,
    double? Weight);
