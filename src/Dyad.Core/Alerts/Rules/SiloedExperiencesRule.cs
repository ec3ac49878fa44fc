namespace Dyad.Core.Alerts.Rules;

/// <summary>C2 of 003: stakeholders or units of one account experience the provider very differently.</summary>
public sealed class SiloedExperiencesRule : AlertRule
{
    public const decimal DefaultGap = 40;

    public override string Key => "c2_siloed_experiences";
    public override string Name => "C2 siloed experiences";
    public override string Description => "The latest scores of an account's stakeholders, or of its units, lie further apart than the set gap (003, challenge C2).";
    public override AlertGroup Group => AlertGroup.Challenge;
    public override RuleThreshold Threshold => new("Score gap", "points of 100", DefaultGap, 1, 100);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        // Each person's latest response: people change their minds, and an old score should not keep a silo alive.
        var latest = account.Responses.Where(r => r.StakeholderId is not null)
            .GroupBy(r => r.StakeholderId!.Value)
            .Select(g => (Person: account.Stakeholders.FirstOrDefault(s => s.Id == g.Key), g.MaxBy(r => r.SubmittedAt)!.Score))
            .Where(p => p.Person is not null)
            .ToList();
        var people = ScoreDivergence.Of(latest.Select(p => (p.Person!.Name, p.Score)));
        if (people is not null && people.Gap >= (double)threshold)
        {
            yield return new Finding("stakeholders", Describe("Stakeholders", people, threshold));
        }
        var units = ScoreDivergence.Of(ScoreDivergence.Means(latest, p => p.Person!.Function, p => p.Score));
        if (units is not null && units.Gap >= (double)threshold)
        {
            yield return new Finding("units", Describe("Units", units, threshold));
        }
    }

    private static string Describe(string who, ScoreSpread spread, decimal threshold) =>
        $"{who} of this account diverge: {spread.Highest} scores {spread.HighestScore:0} and {spread.Lowest} {spread.LowestScore:0} of 100, " +
        $"a gap of {spread.Gap:0} points (limit {threshold:0.##}).";
}
