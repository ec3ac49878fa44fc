using Dyad.Core.Alerts.Rules;

namespace Dyad.Core.Alerts;

/// <summary>Every rule Dyad evaluates, warning signs first, then the challenges of 003 in order.</summary>
public static class AlertRules
{
    public static IReadOnlyList<AlertRule> All { get; } =
    [
        new UnansweredQuestionRule(),
        new StandInWithoutHandoverRule(),
        new ContradictedCommitmentRule(),
        new CostAfterSignatureRule(),
        new RepeatedPushAfterNoRule(),
        new RelationshipMismatchRule(),
        new SiloedExperiencesRule(),
        new JourneyMismatchRule(),
        new UncontrolledTouchpointRule(),
        new RelationshipDynamicsRule(),
    ];

    public static AlertRule? Find(string key) => All.FirstOrDefault(r => r.Key == key);
}
