using Dyad.Core.Common;

namespace Dyad.Core.Accounts;

/// <summary>A customer firm of the provider, with the relationship as each side sees it (003).</summary>
public sealed class Account : IWorkspaceOwned
{
    private Account() { }

    public Account(Guid workspaceId, AccountDetails details)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = DateTimeOffset.UtcNow;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public RelationshipType RelationshipType { get; private set; }

    /// <summary>What the customer seeks, when known; a difference is challenge C1 of 003.</summary>
    public RelationshipType? CustomerRelationshipType { get; private set; }

    public string? Tier { get; private set; }
    public string? Segment { get; private set; }
    public decimal? AnnualRevenue { get; private set; }
    public Guid? OwnerId { get; private set; }
    public string? PartnerFirms { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the contract was signed; costs added after it are a warning sign of destruction (000, 001).</summary>
    public DateOnly? ContractSignedOn { get; private set; }

    public bool HasRelationshipMismatch =>
        CustomerRelationshipType is { } seen && seen != RelationshipType;

    public void Update(AccountDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        RelationshipType = details.RelationshipType;
        CustomerRelationshipType = details.CustomerRelationshipType;
        Tier = Blank.ToNull(details.Tier);
        Segment = Blank.ToNull(details.Segment);
        AnnualRevenue = details.AnnualRevenue;
        OwnerId = details.OwnerId;
        PartnerFirms = Blank.ToNull(details.PartnerFirms);
    }

    /// <summary>Kept apart from <see cref="Update"/> so that editing or importing the account's details never clears it.</summary>
    public void RecordContractSigned(DateOnly? signedOn) => ContractSignedOn = signedOn;

    public AccountDetails ToDetails() =>
        new(Name, RelationshipType, CustomerRelationshipType, Tier, Segment, AnnualRevenue, OwnerId, PartnerFirms);
}
