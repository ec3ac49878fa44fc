using System.Globalization;
using Dyad.Core.Alerts.Communications;

namespace Dyad.Core.Alerts.Rules;

/// <summary>Uncoordinated management (000, 001): someone stood in at a key meeting without a warm handover.</summary>
public sealed class StandInWithoutHandoverRule : AlertRule
{
    public override string Key => "stand_in_without_handover";
    public override string Name => "Stand-in at a key meeting without handover";
    public override string Description => "Someone other than the planned person attended a key meeting and no handover was recorded (000, 001: managing uncoordinatedly).";
    public override AlertGroup Group => AlertGroup.WarningSign;

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold) =>
        account.OfKind(CommunicationKind.Meeting)
            .Where(m => m.IsKeyMeeting && m.HadStandIn && !m.HandoverRecorded)
            .Select(m => new Finding($"meeting:{m.Id}",
                $"{m.ActualAttendee} stood in for {m.PlannedAttendee} at the key meeting \"{m.Summary}\" on " +
                $"{m.OccurredAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} with no handover recorded."));
}
