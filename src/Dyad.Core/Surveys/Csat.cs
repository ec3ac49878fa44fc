namespace Dyad.Core.Surveys;

/// <summary>Customer satisfaction: the share of satisfied answers, a fraction from 0 to 1; null without responses.</summary>
public sealed record CsatResult(int Responses, int Satisfied, double? Share);

/// <summary>CSAT on a 1-5 scale, reported as the share of 4 and 5 answers (product brief, Measurement).</summary>
public static class Csat
{
    public const int SatisfiedFrom = 4;

    public static CsatResult Of(IEnumerable<int> ratings)
    {
        int responses = 0, satisfied = 0;
        foreach (var rating in ratings)
        {
            RatingScale.Csat.Require(rating);
            responses++;
            if (rating >= SatisfiedFrom)
            {
                satisfied++;
            }
        }
        return new CsatResult(responses, satisfied, responses == 0 ? null : (double)satisfied / responses);
    }
}
