using Dyad.Core.Surveys;

namespace Dyad.Core.Dashboards;

/// <summary>
/// Half-widths of normal-approximation 95 % confidence intervals for the survey figures a dashboard follows over time.
/// NPS has its own (<see cref="Nps.Of"/>: the variance of a +1/0/-1 variable, (p_promoters + p_detractors - NPS^2) / n).
/// The normal approximation is rough below about 30 answers; charts show each point's count so a reader can judge.
/// </summary>
public static class MarginOfError
{
    /// <summary>A share p of n answers: z · sqrt(p (1 - p) / n), as a fraction; null without answers.</summary>
    public static double? Proportion(int successes, int n)
    {
        if (n <= 0)
        {
            return null;
        }
        var p = (double)successes / n;
        return Nps.Z95 * Math.Sqrt(p * (1 - p) / n);
    }

    /// <summary>A mean of n answers with sample standard deviation s: z · s / sqrt(n); null where s is (below two answers).</summary>
    public static double? Mean(double? standardDeviation, int n) =>
        standardDeviation is { } s && n > 0 ? Nps.Z95 * s / Math.Sqrt(n) : null;
}
