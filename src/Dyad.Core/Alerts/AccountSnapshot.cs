using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Surveys;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Alerts;

public sealed record StakeholderFacts(Guid Id, string Name, string? Function);

public sealed record TouchpointFacts(Guid Id, string Name, string JourneyName, TouchpointController Controller, decimal? SuccessRate);

/// <summary>
/// One survey response of the account reduced to a score of 0-100 (the mean of its rating and NPS answers, each put on
/// 0-100 by its own scale), with who gave it and where in the journey.
/// </summary>
public sealed record ResponseScore(Guid? StakeholderId, Guid? JourneyId, string? JourneyName, int? Phase, Guid? TouchpointId,
    double Score, DateTimeOffset SubmittedAt)
{
    /// <summary>
    /// The mean of a response's rating and NPS answers on 0-100; null when it has none. Every scale is read as higher is
    /// better, as Dyad's built-in instruments ask them.
    /// </summary>
    public static double? Of(IReadOnlyList<Question> questions, IReadOnlyDictionary<string, Answer> answers)
    {
        var scaled = questions.Where(q => q.IsNumeric && q.Highest > q.Lowest)
            .Select(q => answers.TryGetValue(q.Key, out var a) && a.Number is { } n ? 100.0 * (n - q.Lowest) / (q.Highest - q.Lowest) : (double?)null)
            .OfType<double>()
            .ToList();
        return scaled.Count == 0 ? null : scaled.Average();
    }
}

/// <summary>Everything the rules know about one account at one moment; rules are pure functions of it.</summary>
public sealed record AccountSnapshot(
    Guid AccountId,
    string AccountName,
    RelationshipType RelationshipType,
    RelationshipType? CustomerRelationshipType,
    DateOnly? ContractSignedOn,
    IReadOnlyList<StakeholderFacts> Stakeholders,
    IReadOnlyList<CustomerCommunication> Communications,
    IReadOnlyList<TouchpointFacts> Touchpoints,
    IReadOnlyList<ResponseScore> Responses,
    IReadOnlyList<RelationshipChange> Changes,
    DateTimeOffset Now)
{
    public string StakeholderName(Guid? id) =>
        id is { } known ? Stakeholders.FirstOrDefault(s => s.Id == known)?.Name ?? "a former stakeholder" : "someone";

    public IEnumerable<CustomerCommunication> OfKind(CommunicationKind kind) => Communications.Where(c => c.Kind == kind);
}
