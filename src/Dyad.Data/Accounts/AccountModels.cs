using Dyad.Core.Accounts;

namespace Dyad.Data.Accounts;

public sealed record AccountFilter(
    string? Search = null,
    string? Tier = null,
    string? Segment = null,
    RelationshipType? RelationshipType = null,
    Guid? OwnerId = null);

public sealed record AccountSummary(
    Guid Id,
    string Name,
    RelationshipType RelationshipType,
    RelationshipType? CustomerRelationshipType,
    string? Tier,
    string? Segment,
    decimal? AnnualRevenue,
    Guid? OwnerId,
    string? OwnerName,
    int StakeholderCount,
    int JourneyCount);

public sealed record AccountView(
    Guid Id,
    string Name,
    RelationshipType RelationshipType,
    RelationshipType? CustomerRelationshipType,
    bool HasRelationshipMismatch,
    string? Tier,
    string? Segment,
    decimal? AnnualRevenue,
    Guid? OwnerId,
    string? OwnerName,
    string? PartnerFirms,
    DateTimeOffset CreatedAt,
    IReadOnlyList<StakeholderView> Stakeholders,
    IReadOnlyList<AccountJourneyView> Journeys);

public sealed record StakeholderView(
    Guid Id,
    Guid AccountId,
    string Name,
    string? Email,
    string? JobTitle,
    string? Function,
    HierarchyLevel Level,
    BuyingCentreRole BuyingCentreRole,
    bool IsDecisionMakingUnitMember)
{
    public static StakeholderView From(Stakeholder s) =>
        new(s.Id, s.AccountId, s.Name, s.Email, s.JobTitle, s.Function, s.Level, s.BuyingCentreRole, s.IsDecisionMakingUnitMember);

    public StakeholderDetails ToDetails() =>
        new(Name, Email, JobTitle, Function, Level, BuyingCentreRole, IsDecisionMakingUnitMember);
}

public sealed record AccountJourneyView(
    Guid Id,
    string Name,
    string TemplateName,
    int CurrentPhase,
    string CurrentPhaseName,
    int PhaseCount);

/// <summary>The distinct values present, for filter drop-downs.</summary>
public sealed record AccountFacets(IReadOnlyList<string> Tiers, IReadOnlyList<string> Segments, IReadOnlyList<OwnerOption> Owners);

public sealed record OwnerOption(Guid Id, string Name, string Email);
