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

    /// <summary>When the person's data was erased on their request; the row stays so their answers keep their role and account.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public const string ErasedName = "Erased stakeholder";

    public void Update(StakeholderDetails details)
    {
        if (ErasedAt is not null)
        {
            throw DomainValidationException.For(nameof(Name), "This stakeholder's personal data was erased; add the person again instead.");
        }
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        Email = Blank.ToNull(details.Email);
        JobTitle = Blank.ToNull(details.JobTitle);
        Function = Blank.ToNull(details.Function);
        Level = details.Level;
        BuyingCentreRole = details.BuyingCentreRole;
        IsDecisionMakingUnitMember = details.IsDecisionMakingUnitMember;
    }

    /// <summary>
    /// Removes what identifies the person (name, e-mail, job title, function) and keeps what analysis needs: the account,
    /// hierarchy level, buying-centre role and DMU membership, which are shared by many and say nothing of who answered.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        Name = ErasedName;
        Email = null;
        JobTitle = null;
        Function = null;
        ErasedAt ??= now;
    }
}
