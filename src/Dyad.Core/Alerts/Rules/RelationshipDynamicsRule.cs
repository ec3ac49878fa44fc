using System.Globalization;

namespace Dyad.Core.Alerts.Rules;

/// <summary>C5 of 003: the relationship type or a touchpoint's control changed recently, so the journey may need redesign.</summary>
public sealed class RelationshipDynamicsRule : AlertRule
{
    public const decimal DefaultDays = 90;

    public override string Key => "c5_relationship_change";
    public override string Name => "C5 relationship or control changed";
    public override string Description => "A relationship type or a touchpoint's controller changed within the set number of days (003, challenge C5).";
    public override AlertGroup Group => AlertGroup.Challenge;
    public override RuleThreshold Threshold => new("Look back", "days", DefaultDays, 1, 730);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        var since = account.Now.AddDays(-(double)threshold);
        return account.Changes.Where(c => c.ChangedAt >= since && c.ChangedAt <= account.Now)
            .Select(c => new Finding($"change:{c.Id}",
                $"On {c.ChangedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} {c.Describe()}: check the journey and touchpoints still fit."));
    }
}
