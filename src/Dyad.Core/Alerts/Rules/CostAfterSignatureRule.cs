using System.Globalization;
using Dyad.Core.Alerts.Communications;

namespace Dyad.Core.Alerts.Rules;

/// <summary>Uncoordinated management (000, 001): costs added once the contract was signed.</summary>
public sealed class CostAfterSignatureRule : AlertRule
{
    public override string Key => "cost_after_signature";
    public override string Name => "Costs added after contract signature";
    public override string Description => "A cost was added after the account's contract was signed (000, 001: managing uncoordinatedly).";
    public override AlertGroup Group => AlertGroup.WarningSign;

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        if (account.ContractSignedOn is not { } signed)
        {
            return [];
        }
        return account.OfKind(CommunicationKind.CostChange)
            .Where(c => c.Amount > 0 && DateOnly.FromDateTime(c.OccurredAt.UtcDateTime) > signed)
            .Select(c => new Finding($"cost:{c.Id}",
                $"A cost of {c.Amount!.Value.ToString("#,##0.##", CultureInfo.InvariantCulture)} (\"{c.Summary}\") was added on " +
                $"{c.OccurredAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, after the contract was signed on " +
                $"{signed.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}."));
    }
}
