using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Alerts.Rules;

/// <summary>C4 of 003: touchpoints a partner or the customer controls that perform badly, out of the provider's reach.</summary>
public sealed class UncontrolledTouchpointRule : AlertRule
{
    public const decimal DefaultMinimum = 70;

    public override string Key => "c4_uncontrolled_touchpoint";
    public override string Name => "C4 partner- or customer-controlled touchpoint underperforming";
    public override string Description => "A touchpoint controlled by a partner or the customer has a success rate, or a mean survey score, below the set minimum (003, challenge C4).";
    public override AlertGroup Group => AlertGroup.Challenge;
    public override RuleThreshold Threshold => new("Minimum success", "% (or points of 100)", DefaultMinimum, 1, 100);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        foreach (var touchpoint in account.Touchpoints.Where(t => t.Controller is TouchpointController.Partner or TouchpointController.Customer))
        {
            var shortfalls = new List<string>();
            if (touchpoint.SuccessRate is { } rate && rate * 100 < threshold)
            {
                shortfalls.Add($"a success rate of {rate * 100:0} %");
            }
            var scores = account.Responses.Where(r => r.TouchpointId == touchpoint.Id).Select(r => r.Score).ToList();
            if (scores.Count > 0 && scores.Average() < (double)threshold)
            {
                shortfalls.Add($"a mean survey score of {scores.Average():0} of 100");
            }
            if (shortfalls.Count > 0)
            {
                yield return new Finding($"touchpoint:{touchpoint.Id}",
                    $"'{touchpoint.Name}' in the journey '{touchpoint.JourneyName}' is controlled by the {touchpoint.Controller.ToLabel()} and has " +
                    $"{string.Join(" and ", shortfalls)}, below the minimum of {threshold:0.##}.");
            }
        }
    }
}
