namespace Dyad.Core.Practices;

/// <summary>How often a practice recurs within one journey phase, in 000's three levels.</summary>
public enum RecurrenceLevel
{
    Occasionally = 1,
    Sometimes = 2,
    Frequently = 3,
}

/// <summary>One cell of the recurrence matrix: how often a practice was coded in a phase.</summary>
public sealed record RecurrenceRow(int Phase, PracticeDefinition Practice, int Count, RecurrenceLevel Level)
{
    public PracticePolarity Polarity => Practice.Polarity;
}

/// <summary>
/// Recurrence of practices per journey phase, as 000 Figure 1 shows it. 000 section 3.3: "Occasionally
/// signifies that the practices are present once, sometimes twice and frequently three times"; no practice
/// recurs more than three times in a phase of its 18 cases, so three or more counts as frequently.
/// </summary>
public static class Recurrence
{
    public const int SometimesFrom = 2;
    public const int FrequentlyFrom = 3;

    public static RecurrenceLevel LevelFor(int count) => count switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(count), count, "A practice that was never coded has no recurrence."),
        < SometimesFrom => RecurrenceLevel.Occasionally,
        < FrequentlyFrom => RecurrenceLevel.Sometimes,
        _ => RecurrenceLevel.Frequently,
    };

    /// <summary>
    /// Counts each practice per phase over the codings, one row per practice coded in a phase, ordered by
    /// phase and then most frequent first. A practice coded twice in one event counts twice, as it would
    /// in the sources' tallies.
    /// </summary>
    public static IReadOnlyList<RecurrenceRow> Matrix(IEnumerable<(int Phase, PracticeDefinition Practice)> codings) =>
        codings
            .GroupBy(c => (c.Phase, c.Practice.Key))
            .Select(g => new RecurrenceRow(g.Key.Phase, g.First().Practice, g.Count(), LevelFor(g.Count())))
            .OrderBy(r => r.Phase)
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.Practice.Key, StringComparer.Ordinal)
            .ToList();
}
