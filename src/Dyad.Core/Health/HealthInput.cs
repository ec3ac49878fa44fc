namespace Dyad.Core.Health;

/// <summary>What an account's health scorecard reads (issue 7; Gainsight's scorecard measures in the brief's words).</summary>
public enum HealthInput
{
    Nps,
    Csat,
    Ces,
    ServqualGap,
    TargetExperience,
    CriticalEvents,
    SlaBreaches,
    OpenRisks,
    Engagement,
}

/// <summary>Red, amber or green: the overall score against the workspace's thresholds.</summary>
public enum Rag
{
    Red,
    Amber,
    Green,
}

public static class HealthInputs
{
    public static string Label(this HealthInput input) => input switch
    {
        HealthInput.Nps => "NPS",
        HealthInput.Csat => "CSAT",
        HealthInput.Ces => "CES",
        HealthInput.ServqualGap => "SERVQUAL gap",
        HealthInput.TargetExperience => "Target experiences",
        HealthInput.CriticalEvents => "Critical events",
        HealthInput.SlaBreaches => "SLA breaches",
        HealthInput.OpenRisks => "Open risks",
        HealthInput.Engagement => "Engagement recency",
        _ => input.ToString(),
    };
}
