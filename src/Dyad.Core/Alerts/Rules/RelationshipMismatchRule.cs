using Dyad.Core.Common;

namespace Dyad.Core.Alerts.Rules;

/// <summary>C1 of 003: the provider treats the relationship differently from how the customer seeks it.</summary>
public sealed class RelationshipMismatchRule : AlertRule
{
    public override string Key => "c1_relationship_mismatch";
    public override string Name => "C1 relationship-type mismatch";
    public override string Description => "Our view of the relationship type differs from the type the customer seeks (003, challenge C1).";
    public override AlertGroup Group => AlertGroup.Challenge;

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        if (account.CustomerRelationshipType is { } theirs && theirs != account.RelationshipType)
        {
            yield return new Finding($"types:{account.RelationshipType.ToText()}:{theirs.ToText()}",
                $"We treat {account.AccountName} as a {account.RelationshipType.ToLabel()} relationship; the customer seeks a {theirs.ToLabel()} one.");
        }
    }
}
