namespace Dyad.Core.Surveys;

/// <summary>SERVQUAL's five dimensions, in the order of their items.</summary>
public enum ServqualDimension
{
    Tangibles,
    Reliability,
    Responsiveness,
    Assurance,
    Empathy,
}

/// <summary>
/// Which of the 22 SERVQUAL items measure which dimension, as in Parasuraman, Zeithaml and Berry's 22-item
/// instrument that 004 applies (product brief, Measurement): tangibles 1-4, reliability 5-9,
/// responsiveness 10-13, assurance 14-17, empathy 18-22. Each item is asked twice, as the respondent's
/// expectation and as their perception of the provider.
/// </summary>
public static class ServqualItems
{
    public const int Count = 22;

    public static readonly IReadOnlyList<ServqualDimension> Dimensions = Enum.GetValues<ServqualDimension>();

    private static readonly int[] FirstItems = [1, 5, 10, 14, 18];

    /// <summary>Item numbers, from 1.</summary>
    public static IReadOnlyList<int> Of(ServqualDimension dimension)
    {
        var index = (int)dimension;
        var next = index + 1 < FirstItems.Length ? FirstItems[index + 1] : Count + 1;
        return Enumerable.Range(FirstItems[index], next - FirstItems[index]).ToArray();
    }

    public static ServqualDimension DimensionOf(int item)
    {
        if (item is < 1 or > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(item), item, $"SERVQUAL items are numbered 1 to {Count}.");
        }
        return (ServqualDimension)(Array.FindLastIndex(FirstItems, first => first <= item));
    }
}
