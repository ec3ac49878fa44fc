namespace Dyad.Core.Surveys.Results;

/// <summary>What a survey's responses are broken down by.</summary>
public enum BreakdownDimension
{
    Account,

    /// <summary>The respondent's buying-centre role.</summary>
    Role,

    /// <summary>Members of the decision-making unit against the other stakeholders.</summary>
    Dmu,

    /// <summary>The journey phase the survey was asked in (the response's context).</summary>
    Phase,

    /// <summary>The touchpoint that prompted the survey (the response's context).</summary>
    Touchpoint,

    /// <summary>The account's segment.</summary>
    Segment,

    /// <summary>The month or quarter the response was submitted in.</summary>
    Period,
}

/// <summary>How long one point of a trend is.</summary>
public enum TrendPeriod
{
    Month,
    Quarter,
}

/// <summary>One response as the breakdowns read it: its answers, when it came and its group under the chosen dimension.</summary>
public sealed record ScoredResponse(IReadOnlyDictionary<string, Answer> Answers, DateTimeOffset SubmittedAt, string? Group = null);

/// <summary>One period of a trend: its label (2026-03, 2026-Q1), first day, and the scores of the responses in it.</summary>
public sealed record TrendPoint(string Period, DateOnly Start, SurveyScores Scores);

/// <summary>Scores broken down by a group and followed over time.</summary>
public static class SurveyBreakdown
{
    public const int MonthsPerQuarter = 3;

    /// <summary>Twenty years of months: more points than a chart can show, and a bound on what a wide date range costs.</summary>
    public const int MaximumTrendPoints = 240;

    /// <summary>Each group's scores; groups in ordinal order of their key, responses without one last.</summary>
    public static IReadOnlyList<GroupResult<SurveyScores>> By(string? instrument, IEnumerable<ScoredResponse> responses) =>
        SurveyGroups.Analyze(responses.Select(r => (r.Group, r.Answers)), answers => SurveyScores.Of(instrument, answers));

    /// <summary>
    /// One point per period from the first to the last (or from <paramref name="from"/> to <paramref name="to"/> when
    /// given), periods without responses included with a count of 0, so a gap shows as a gap and a small sample as small.
    /// Periods are cut in UTC. A longer range keeps its latest <see cref="MaximumTrendPoints"/> periods.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Trend(string? instrument, IReadOnlyCollection<ScoredResponse> responses, TrendPeriod period,
        DateOnly? from = null, DateOnly? to = null)
    {
        var byStart = responses.GroupBy(r => Start(DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime), period))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Answers).ToArray());
        if (byStart.Count == 0 && (from is null || to is null))
        {
            return [];
        }
        var first = Start(from ?? byStart.Keys.Min(), period);
        var last = Start(to ?? byStart.Keys.Max(), period);
        var step = period == TrendPeriod.Month ? 1 : MonthsPerQuarter;
        var earliest = last.AddMonths(-(MaximumTrendPoints - 1) * step);
        if (first < earliest)
        {
            first = earliest;
        }
        var points = new List<TrendPoint>();
        for (var start = first; start <= last; start = start.AddMonths(step))
        {
            points.Add(new TrendPoint(Label(start, period), start,
                SurveyScores.Of(instrument, byStart.TryGetValue(start, out var answers) ? answers : [])));
        }
        return points;
    }

    /// <summary>The first day of the month or quarter the day falls in.</summary>
    public static DateOnly Start(DateOnly day, TrendPeriod period) => period == TrendPeriod.Month
        ? new DateOnly(day.Year, day.Month, 1)
        : new DateOnly(day.Year, (day.Month - 1) / MonthsPerQuarter * MonthsPerQuarter + 1, 1);

    /// <summary>2026-03 for a month, 2026-Q1 for a quarter: labels that sort as the periods do.</summary>
    public static string Label(DateOnly day, TrendPeriod period) => period == TrendPeriod.Month
        ? $"{day.Year:D4}-{day.Month:D2}"
        : $"{day.Year:D4}-Q{(day.Month - 1) / MonthsPerQuarter + 1}";
}
