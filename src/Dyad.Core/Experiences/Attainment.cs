using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Results;

namespace Dyad.Core.Experiences;

/// <summary>One reading of one measure, already on the 0-100 attainment scale, with where and when it was taken.</summary>
public sealed record AttainmentPoint(Guid MeasureId, double Value, DateTimeOffset At, Guid? AccountId = null, BuyingCentreRole? Role = null,
    int? Phase = null);

/// <summary>A measure linked to a target experience, as the attainment lists it.</summary>
public sealed record Measure(Guid Id, LinkKind Kind, string Label);

/// <summary>
/// One measure's share in a realized attainment: its own attainment from its data points, and the points of the combined
/// figure it accounts for (the contributions add up to the realized attainment).
/// </summary>
public sealed record MeasureAttainment(Guid MeasureId, LinkKind Kind, string Label, int DataPoints, double? Attainment, double? Contribution);

/// <summary>Realized against intended: null realized (and gap) when no linked measure has data.</summary>
public sealed record AttainmentResult(int Intended, double? Realized, double? Gap, int DataPoints, IReadOnlyList<MeasureAttainment> Measures)
{
    public Valence Valence => Attainment.ValenceOf(Realized);
}

/// <summary>Whether the realized experience leans to what was to be evoked or to what was to be avoided.</summary>
public enum Valence
{
    Positive,
    Negative,
    Unmeasured,
}

/// <summary>One period of an attainment trend; an empty period has no realized attainment and 0 data points.</summary>
public sealed record AttainmentTrendPoint(string Period, DateOnly Start, double? Realized, int DataPoints);

/// <summary>
/// Attainment of a target experience from its linked measures. Every reading is first put on one 0-100 scale, where 0
/// is the worst answer the measure allows and 100 the best, so unlike measures can be combined; each measure then
/// counts equally, whatever its number of answers, so a much-asked NPS does not drown out the one emotion pick-list
/// made for the experience.
/// </summary>
public static class Attainment
{
    public const int Lowest = 0;
    public const int Highest = 100;

    /// <summary>The middle of the scale: as much of what was to be evoked as of what was to be avoided.</summary>
    public const double Neutral = 50;

    /// <summary>Positive from the neutral middle up: at least as much of what was to be evoked as of what was to be avoided.</summary>
    public static Valence ValenceOf(double? realized) => realized is not { } value ? Valence.Unmeasured
        : value >= Neutral ? Valence.Positive : Valence.Negative;

    /// <summary>A rating rescaled from its own scale: the lowest answer is 0, the highest 100 (reversed when lower is better).</summary>
    public static double Rating(int value, int lowest, int highest, bool lowerIsBetter = false)
    {
        if (highest <= lowest)
        {
            throw new ArgumentOutOfRangeException(nameof(highest), highest, "A rating scale needs a highest answer above its lowest.");
        }
        var share = (double)(Math.Clamp(value, lowest, highest) - lowest) / (highest - lowest);
        return Highest * (lowerIsBetter ? 1 - share : share);
    }

    /// <summary>
    /// One NPS answer: a promoter 100, a passive 50, a detractor 0. The mean over answers is then exactly
    /// (NPS + 100) / 2, the -100..100 score put on 0..100, while each answer still counts in its account, role and period.
    /// </summary>
    public static double NpsAnswer(int score) =>
        score >= Nps.PromotersFrom ? Highest : score >= Nps.PassivesFrom ? Neutral : Lowest;

    /// <summary>The -100..100 NPS put on 0..100.</summary>
    public static double FromNps(double nps) => (nps + Highest) / 2;

    /// <summary>
    /// The share of evoked emotions among the linked emotions a respondent picked; null when the respondent picked none
    /// of them (an answer that says nothing about this experience is no data point).
    /// </summary>
    public static double? Emotions(IEnumerable<string> chosen, IReadOnlyCollection<string> evoke, IReadOnlyCollection<string> avoid)
    {
        var picked = chosen.Distinct().ToArray();
        var evoked = picked.Count(evoke.Contains);
        var avoided = picked.Count(avoid.Contains);
        return evoked + avoided == 0 ? null : (double)Highest * evoked / (evoked + avoided);
    }

    /// <summary>A sentiment compound score (-1 most negative .. 1 most positive) put on 0..100.</summary>
    public static double Sentiment(double compound) => (Math.Clamp(compound, -1, 1) + 1) * Highest / 2;

    /// <summary>Realized attainment of the measures from the points, against the intended level.</summary>
    public static AttainmentResult Of(int intended, IReadOnlyList<Measure> measures, IEnumerable<AttainmentPoint> points)
    {
        var byMeasure = points.GroupBy(p => p.MeasureId).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToArray());
        var measured = measures.Count(m => byMeasure.ContainsKey(m.Id));
        var rows = measures.Select(m =>
        {
            var values = byMeasure.GetValueOrDefault(m.Id) ?? [];
            double? attainment = values.Length == 0 ? null : values.Average();
            return new MeasureAttainment(m.Id, m.Kind, m.Label, values.Length, attainment, attainment / measured);
        }).ToArray();
        double? realized = measured == 0 ? null : rows.Sum(r => r.Contribution ?? 0);
        return new AttainmentResult(intended, realized, realized - intended, rows.Sum(r => r.DataPoints), rows);
    }

    /// <summary>
    /// Realized attainment per month or quarter (cut in UTC) from the first to the last period with data, empty periods
    /// kept with no attainment, so a gap in measurement shows as a gap.
    /// </summary>
    public static IReadOnlyList<AttainmentTrendPoint> Trend(IReadOnlyList<Measure> measures, IReadOnlyCollection<AttainmentPoint> points,
        TrendPeriod period)
    {
        if (points.Count == 0)
        {
            return [];
        }
        var byStart = points.ToLookup(p => SurveyBreakdown.Start(DateOnly.FromDateTime(p.At.UtcDateTime), period));
        var first = byStart.Min(g => g.Key);
        var last = byStart.Max(g => g.Key);
        var step = period == TrendPeriod.Month ? 1 : SurveyBreakdown.MonthsPerQuarter;
        var trend = new List<AttainmentTrendPoint>();
        for (var start = first; start <= last; start = start.AddMonths(step))
        {
            var result = Of(Lowest, measures, byStart[start]);
            trend.Add(new AttainmentTrendPoint(SurveyBreakdown.Label(start, period), start, result.Realized, result.DataPoints));
        }
        return trend;
    }
}
