namespace Dyad.Core.Surveys;

/// <summary>
/// The answer range of a rating question. The built-in scales are the ones the product brief's
/// measurement section names (after 002 and 004): NPS 0-10, CSAT 1-5, CES 1-7 and SERVQUAL's
/// seven-point expectation and perception items.
/// </summary>
public sealed record RatingScale(string Name, int Lowest, int Highest)
{
    public static readonly RatingScale Nps = new("NPS", 0, 10);
    public static readonly RatingScale Csat = new("CSAT", 1, 5);
    public static readonly RatingScale Ces = new("CES", 1, 7);
    public static readonly RatingScale Servqual = new("SERVQUAL", 1, 7);

    public bool Contains(int value) => value >= Lowest && value <= Highest;

    /// <summary>Guards an analysis against answers no respondent could have given on this scale.</summary>
    public void Require(int value)
    {
        if (!Contains(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name} answers run from {Lowest} to {Highest}.");
        }
    }
}
