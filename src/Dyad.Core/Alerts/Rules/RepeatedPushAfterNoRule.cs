using System.Globalization;
using Dyad.Core.Alerts.Communications;

namespace Dyad.Core.Alerts.Rules;

/// <summary>Opportunistic selling (001, destructing activity D): pushing a sale again and again after the customer said no.</summary>
public sealed class RepeatedPushAfterNoRule : AlertRule
{
    public const decimal DefaultPushes = 2;

    public override string Key => "repeated_push_after_no";
    public override string Name => "Repeated sales pushes after a no";
    public override string Description => "The customer said no and we pushed a sale again at least the set number of times before the next no (001: selling opportunistically and insistently).";
    public override AlertGroup Group => AlertGroup.WarningSign;
    public override RuleThreshold Threshold => new("Pushes after a no", "pushes", DefaultPushes, 1, 20);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        var noes = account.OfKind(CommunicationKind.CustomerNo).OrderBy(n => n.OccurredAt).ToList();
        var pushes = account.OfKind(CommunicationKind.SalesPush).ToList();
        for (var i = 0; i < noes.Count; i++)
        {
            var no = noes[i];
            var until = i + 1 < noes.Count ? noes[i + 1].OccurredAt : DateTimeOffset.MaxValue;
            var after = pushes.Count(p => p.OccurredAt > no.OccurredAt && p.OccurredAt <= until);
            if (after >= threshold)
            {
                yield return new Finding($"no:{no.Id}",
                    $"{account.StakeholderName(no.StakeholderId)} said no on {no.OccurredAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} " +
                    $"(\"{no.Summary}\") and we pushed a sale {after} times since.");
            }
        }
    }
}
