namespace Dyad.Core.Workspaces;

/// <summary>
/// The features of the API a token scope can name: each route group's tag in kebab case
/// (<see cref="TokenScope.FeatureOf"/>). Kept here so the API, the pages and the CLI check a requested scope
/// the same way; a test holds the list to the tags the API really has.
/// </summary>
public static class ApiFeatures
{
    public static IReadOnlyList<string> All { get; } =
    [
        "accounts", "stakeholders", "communications", "journeys", "journey-templates", "journey-design", "touchpoints",
        "critical-events", "evidence", "practices", "coding", "coding-interchange", "instruments", "surveys", "survey-distribution",
        "feedback", "target-experiences", "initiatives", "actions", "playbooks", "webhooks", "alerts", "account-health",
        "dashboards", "customer-portal-provider", "employee-handbook", "notifications", "workspace", "privacy", "audit",
        "api-tokens", "antiforgery", "reports", "imports", "security", "users",
    ];
}
