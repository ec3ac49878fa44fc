namespace Dyad.Core.Feedback.Analysis;

/// <summary>How the people of one account are grouped to compare their experience: each person, their unit, their buying-centre role.</summary>
public enum SiloLevel
{
    Stakeholder,
    Unit,
    Role,
}

/// <summary>
/// One score of one person of an account on one measure (a rating question, the NPS, the sentiment of an open answer),
/// with the ends of the measure's scale, so measures of different scales compare on one threshold.
/// </summary>
public sealed record ExperienceObservation(Guid AccountId, SiloLevel Level, string Group, string Measure, double Value, double Lowest, double Highest);

/// <summary>A group's mean on a measure, over <see cref="Count"/> scores.</summary>
public sealed record GroupScore(string Group, double Mean, int Count);

/// <summary>
/// A measure on which the groups of one account diverge (003, challenge C2: siloed experiences): the groups from the
/// best mean to the worst, and <see cref="Spread"/>, the distance between those two as a share of the scale (0..1).
/// </summary>
public sealed record SiloedExperience(Guid AccountId, SiloLevel Level, string Measure, double Spread, IReadOnlyList<GroupScore> Groups)
{
    public GroupScore Highest => Groups[0];

    public GroupScore Lowest => Groups[^1];
}

/// <summary>
/// Finds siloed experiences: within one account, groups of people (persons, units or roles) whose mean scores on one
/// measure lie at least a threshold apart. The threshold is a share of the measure's scale, so one number serves a
/// 0-10 NPS, a 1-5 CSAT and VADER's -1..1 alike.
/// </summary>
public static class SiloedExperiences
{
    /// <summary>
    /// Three tenths of the scale: on the NPS, 3 points (a 9, a promoter, against a 6, a detractor); on CSAT 1.2 points
    /// (satisfied against neutral); on sentiment 0.6 (a warm answer against a cool one).
    /// </summary>
    public const double DefaultThreshold = 0.3;

    /// <summary>
    /// Every account, level and measure with at least two groups whose means are <paramref name="threshold"/> of the scale
    /// apart or more; widest spread first.
    /// </summary>
    /// <param name="threshold">A share of the scale, above 0 and at most 1.</param>
    public static IReadOnlyList<SiloedExperience> Detect(IEnumerable<ExperienceObservation> observations, double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        return observations
            .Where(o => o.Highest > o.Lowest)
            .GroupBy(o => (o.AccountId, o.Level, o.Measure))
            .Select(measure =>
            {
                var groups = measure
                    .GroupBy(o => o.Group, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new GroupScore(g.First().Group, g.Average(o => o.Value), g.Count()))
                    .OrderByDescending(g => g.Mean).ThenBy(g => g.Group, StringComparer.OrdinalIgnoreCase)
                    .ToArray();
                var scale = measure.Max(o => o.Highest) - measure.Min(o => o.Lowest);
                var spread = groups.Length < 2 ? 0 : (groups[0].Mean - groups[^1].Mean) / scale;
                return new SiloedExperience(measure.Key.AccountId, measure.Key.Level, measure.Key.Measure, spread, groups);
            })
            // Rounded so a spread exactly at the threshold (9 against 6 on 0-10) is not lost to binary fractions.
            .Where(s => s.Groups.Count >= 2 && Math.Round(s.Spread, 9) >= threshold)
            .OrderByDescending(s => s.Spread).ThenBy(s => s.AccountId).ThenBy(s => s.Level).ThenBy(s => s.Measure, StringComparer.Ordinal)
            .ToArray();
    }
}
