namespace Dyad.Core.Surveys;

/// <summary>
/// The Net Promoter Score of a set of 0-10 answers, in points from -100 to 100. <see cref="Score"/> and
/// <see cref="MarginOfError"/> are null without responses: a score of 0 would claim promoters and
/// detractors balance, which nobody has said.
/// </summary>
public sealed record NpsResult(int Responses, int Promoters, int Passives, int Detractors, double? Score, double? MarginOfError);

/// <summary>Net Promoter Score: promoters answer 9-10, passives 7-8, detractors 0-6 (product brief, Measurement).</summary>
public static class Nps
{
    public const int PromotersFrom = 9;
    public const int PassivesFrom = 7;

    /// <summary>The standard normal quantile for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.96;

    private const double Points = 100;

    /// <summary>
    /// Counts the answers and computes the score with its 95 % margin of error. The score is the mean of a
    /// variable that is +1 for a promoter, 0 for a passive and -1 for a detractor, so its variance is
    /// (p_promoters + p_detractors - NPS^2) / n, with NPS as a fraction.
    /// </summary>
    public static NpsResult Of(IEnumerable<int> scores)
    {
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var score in scores)
        {
            RatingScale.Nps.Require(score);
            switch (score)
            {
                case >= PromotersFrom: promoters++; break;
                case >= PassivesFrom: passives++; break;
                default: detractors++; break;
            }
        }
        var n = promoters + passives + detractors;
        if (n == 0)
        {
            return new NpsResult(0, 0, 0, 0, null, null);
        }
        double promoterShare = (double)promoters / n, detractorShare = (double)detractors / n;
        var fraction = promoterShare - detractorShare;
        // Never negative in exact arithmetic; rounding can leave -1e-17 when everyone is a promoter or a detractor.
        var variance = Math.Max(0, (promoterShare + detractorShare - fraction * fraction) / n);
        return new NpsResult(n, promoters, passives, detractors,
            (promoters - detractors) * Points / n, Z95 * Math.Sqrt(variance) * Points);
    }
}
