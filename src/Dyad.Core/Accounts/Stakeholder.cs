using Dyad.Core.Common;

namespace Dyad.Core.Accounts;

/// <summary>A person in the customer firm; experience is individual as well as collective (003, C2).</summary>
public sealed class Stakeholder : IWorkspaceOwned
{
    private Stakeholder() { }

    public Stakeholder(Account account, StakeholderDetails details)
    {
        Id = Guid.NewGuid();
        WorkspaceId = account.WorkspaceId;
        AccountId = account.Id;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public string? JobTitle { get; private set; }

    /// <summary>The function or unit the person works in (HR, IT, procurement, ...).</summary>
    public string? Function { get; private set; }

    public HierarchyLevel Level { get; private set; }
    public BuyingCentreRole BuyingCentreRole { get; private set; }
    public bool IsDecisionMakingUnitMember { get; private set; }

    public void Update(StakeholderDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        Email = Blank.ToNull(details.Email);
        JobTitle = Blank.ToNull(details.JobTitle);
        Function = Blank.ToNull(details.Function);
        Level = details.Level;
        BuyingCentreRole = details.BuyingCentreRole;
        IsDecisionMakingUnitMember = details.IsDecisionMakingUnitMember;
    }
}
