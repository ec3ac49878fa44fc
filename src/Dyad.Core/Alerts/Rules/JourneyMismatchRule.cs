using System.Globalization;
using Dyad.Core.Alerts.Communications;

namespace Dyad.Core.Alerts.Rules;

/// <summary>
/// C3 of 003: expectations that differ from stage to stage of the journey, seen as scores far apart by phase, and free
/// extras promised to win the deal, which the later stages have to honour.
/// </summary>
public sealed class JourneyMismatchRule : AlertRule
{
    public const decimal DefaultGap = 30;

    public override string Key => "c3_journey_mismatch";
    public override string Name => "C3 journey mismatch";
    public override string Description => "A journey's phases score further apart than the set gap, or an extra was promised before the contract was signed (003, challenge C3).";
    public override AlertGroup Group => AlertGroup.Challenge;
    public override RuleThreshold Threshold => new("Score gap between phases", "points of 100", DefaultGap, 1, 100);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        foreach (var journey in account.Responses.Where(r => r.JourneyId is not null && r.Phase is not null).GroupBy(r => (r.JourneyId, r.JourneyName)))
        {
            var phases = ScoreDivergence.Of(ScoreDivergence.Means(journey, r => $"phase {r.Phase}", r => r.Score));
            if (phases is not null && phases.Gap >= (double)threshold)
            {
                yield return new Finding($"phases:{journey.Key.JourneyId}",
                    $"In the journey '{journey.Key.JourneyName}' {phases.Highest} scores {phases.HighestScore:0} and {phases.Lowest} " +
                    $"{phases.LowestScore:0} of 100, a gap of {phases.Gap:0} points (limit {threshold:0.##}): expectations differ by stage.");
            }
        }
        foreach (var extra in account.OfKind(CommunicationKind.Commitment).Where(c => c.IsExtra && PromisedBeforePurchase(c, account.ContractSignedOn)))
        {
            var when = account.ContractSignedOn is { } signed
                ? $"before the contract was signed on {signed.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
                : "before any contract was signed";
            yield return new Finding($"extra:{extra.Id}",
                $"An extra was promised to {account.StakeholderName(extra.StakeholderId)} {when}: \"{extra.Summary}\". Delivery has to honour it.");
        }
    }

    private static bool PromisedBeforePurchase(CustomerCommunication commitment, DateOnly? signed) =>
        signed is not { } on || DateOnly.FromDateTime(commitment.OccurredAt.UtcDateTime) <= on;
}
