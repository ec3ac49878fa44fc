using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

/// <summary>
/// SERVQUAL on Fixtures/servqual-sample.csv against numbers computed independently in R 4.2.2 with psych 2.2.9
/// (Debian r-cran-psych): alpha and r.drop are <c>psych::alpha(x)$total$raw_alpha</c> and
/// <c>$item.stats$r.drop</c> with x the complete cases of one dimension's E or P items; item means are
/// <c>colMeans(E, na.rm = TRUE)</c>, item gaps <c>colMeans(P - E, na.rm = TRUE)</c>, dimension and overall
/// figures plain means of those, weights <c>colMeans</c> over the complete weight rows, and the weighted gap
/// <c>sum(dimension gap * weight) / 100</c>.
/// </summary>
public class ServqualReferenceTests
{
    private const double MeanTolerance = 1e-6;
    private const double ReliabilityTolerance = 1e-4;

    private static readonly ServqualResult Result = Servqual.Analyze(ServqualFixture.Responses());

    public static TheoryData<int, double, double, double> Items => new()
    {
        { 1, 4.925000000000, 5.350000000000, 0.425000000000 },
        { 2, 5.000000000000, 5.300000000000, 0.333333333333 },
        { 3, 4.975000000000, 5.230769230769, 0.256410256410 },
        { 4, 5.025000000000, 5.400000000000, 0.375000000000 },
        { 5, 6.100000000000, 5.450000000000, -0.650000000000 },
        { 6, 6.300000000000, 5.525000000000, -0.775000000000 },
        { 7, 6.153846153846, 5.589743589744, -0.564102564103 },
        { 8, 6.200000000000, 5.550000000000, -0.650000000000 },
        { 9, 6.250000000000, 5.575000000000, -0.675000000000 },
        { 10, 6.000000000000, 4.825000000000, -1.175000000000 },
        { 11, 5.925000000000, 4.775000000000, -1.150000000000 },
        { 12, 6.000000000000, 4.666666666667, -1.358974358974 },
        { 13, 6.000000000000, 4.800000000000, -1.200000000000 },
        { 14, 5.900000000000, 5.150000000000, -0.750000000000 },
        { 15, 5.897435897436, 5.400000000000, -0.461538461538 },
        { 16, 5.800000000000, 5.375000000000, -0.425000000000 },
        { 17, 5.775000000000, 5.425000000000, -0.350000000000 },
        { 18, 5.500000000000, 5.475000000000, -0.025000000000 },
        { 19, 5.589743589744, 5.525000000000, -0.076923076923 },
        { 20, 5.450000000000, 5.475000000000, 0.025000000000 },
        { 21, 5.500000000000, 5.307692307692, -0.179487179487 },
        { 22, 5.675000000000, 5.275000000000, -0.400000000000 },
    };

    public static TheoryData<ServqualDimension, double, double, double, double> Dimensions => new()
    {
        { ServqualDimension.Tangibles, 4.981250000000, 5.320192307692, 0.347435897436, 10.297297297297 },
        { ServqualDimension.Reliability, 6.200769230769, 5.537948717949, -0.662820512821, 31.945945945946 },
        { ServqualDimension.Responsiveness, 5.981250000000, 4.766666666667, -1.220993589744, 23.864864864865 },
        { ServqualDimension.Assurance, 5.843108974359, 5.337500000000, -0.496634615385, 18.459459459459 },
        { ServqualDimension.Empathy, 5.542948717949, 5.411538461538, -0.131282051282, 15.432432432432 },
    };

    /// <summary>Per dimension and side: complete respondents, raw alpha, and r.drop of each item in order.</summary>
    public static TheoryData<ServqualDimension, char, int, double, double[]> Reliabilities => new()
    {
        { ServqualDimension.Tangibles, 'E', 39, 0.844187620386, [0.734141912675, 0.759634685149, 0.613462549226, 0.625958991793] },
        { ServqualDimension.Tangibles, 'P', 39, 0.863543145607, [0.743110536670, 0.683727855599, 0.728508319591, 0.701559783568] },
        { ServqualDimension.Reliability, 'E', 39, 0.854536152797, [0.639823380579, 0.750336598567, 0.705975447323, 0.564673098907, 0.682667826051] },
        { ServqualDimension.Reliability, 'P', 39, 0.870298252280, [0.757739774129, 0.715764426516, 0.654584488625, 0.674548326793, 0.686170750844] },
        { ServqualDimension.Responsiveness, 'E', 40, 0.775274287890, [0.569877845529, 0.561488967998, 0.550117721187, 0.655607022511] },
        { ServqualDimension.Responsiveness, 'P', 39, 0.835550678919, [0.673007244195, 0.653675663909, 0.650334031414, 0.703405702541] },
        { ServqualDimension.Assurance, 'E', 39, 0.867968833387, [0.695151193893, 0.737819625155, 0.753386101768, 0.695880486669] },
        { ServqualDimension.Assurance, 'P', 40, 0.851981112708, [0.663236073162, 0.681039194636, 0.763998637856, 0.681342435794] },
        { ServqualDimension.Empathy, 'E', 39, 0.797730078179, [0.485547159323, 0.648009407221, 0.511382622463, 0.708649757631, 0.573415223916] },
        { ServqualDimension.Empathy, 'P', 39, 0.906093569503, [0.794828163199, 0.688194644127, 0.777362566242, 0.835882025371, 0.737916303505] },
    };

    [Fact]
    public void Every_row_of_the_sample_is_a_respondent()
    {
        Assert.Equal(40, Result.Respondents);
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_means_and_gaps_match_R(int item, double expectation, double perception, double gap)
    {
        var actual = Result.Items[item - 1];

        Assert.Equal(item, actual.Item);
        Assert.Equal(expectation, actual.Expectation!.Value, MeanTolerance);
        Assert.Equal(perception, actual.Perception!.Value, MeanTolerance);
        Assert.Equal(gap, actual.Gap!.Value, MeanTolerance);
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Dimension_means_gaps_and_weights_match_R(
        ServqualDimension dimension, double expectation, double perception, double gap, double weight)
    {
        var actual = Result.Dimensions[(int)dimension];

        Assert.Equal(dimension, actual.Dimension);
        Assert.Equal(expectation, actual.Expectation!.Value, MeanTolerance);
        Assert.Equal(perception, actual.Perception!.Value, MeanTolerance);
        Assert.Equal(gap, actual.Gap!.Value, MeanTolerance);
        Assert.Equal(weight, actual.Weight!.Value, MeanTolerance);
    }

    [Theory]
    [MemberData(nameof(Reliabilities))]
    public void Cronbach_alpha_and_corrected_item_total_correlations_match_R_psych(
        ServqualDimension dimension, char side, int respondents, double alpha, double[] rDrop)
    {
        var dimensionResult = Result.Dimensions[(int)dimension];
        var actual = side == 'E' ? dimensionResult.ExpectationReliability : dimensionResult.PerceptionReliability;

        Assert.Equal(respondents, actual.Respondents);
        Assert.Equal(alpha, actual.Alpha!.Value, ReliabilityTolerance);
        Assert.Equal(rDrop.Length, actual.CorrectedItemTotal.Count);
        foreach (var (expected, computed) in rDrop.Zip(actual.CorrectedItemTotal))
        {
            Assert.Equal(expected, computed!.Value, ReliabilityTolerance);
        }
    }

    [Fact]
    public void Overall_and_weighted_gaps_match_R()
    {
        Assert.Equal(-0.432858974359, Result.Gap!.Value, MeanTolerance);
        Assert.Equal(-0.579292325017, Result.WeightedGap!.Value, MeanTolerance);
    }
}
