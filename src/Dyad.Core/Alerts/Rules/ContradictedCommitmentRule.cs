using Dyad.Core.Alerts.Communications;

namespace Dyad.Core.Alerts.Rules;

/// <summary>Uncoordinated management (000, 001): a commitment one stakeholder knows of and another disputes.</summary>
public sealed class ContradictedCommitmentRule : AlertRule
{
    public override string Key => "contradicted_commitment";
    public override string Name => "Commitment contradicted by another stakeholder";
    public override string Description => "A commitment made to one stakeholder is disputed by another stakeholder of the same account (000, 001: managing uncoordinatedly).";
    public override AlertGroup Group => AlertGroup.WarningSign;

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        var commitments = account.OfKind(CommunicationKind.Commitment).ToDictionary(c => c.Id);
        foreach (var dispute in account.OfKind(CommunicationKind.Contradiction))
        {
            if (dispute.CommitmentId is { } id && commitments.TryGetValue(id, out var commitment)
                && commitment.StakeholderId != dispute.StakeholderId)
            {
                yield return new Finding($"contradiction:{dispute.Id}",
                    $"We committed to {account.StakeholderName(commitment.StakeholderId)}: \"{commitment.Summary}\"; " +
                    $"{account.StakeholderName(dispute.StakeholderId)} disputes it: \"{dispute.Summary}\".");
            }
        }
    }
}
