using System.Net.Mail;
using Dyad.Core.Common;

namespace Dyad.Core.Accounts;

public sealed record StakeholderDetails(
    string Name,
    string? Email,
    string? JobTitle,
    string? Function,
    HierarchyLevel Level,
    BuyingCentreRole BuyingCentreRole,
    bool IsDecisionMakingUnitMember)
{
    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Name), Name, 200, "Name")
            .MaxLength(nameof(Email), Email, 254, "E-mail")
            .MaxLength(nameof(JobTitle), JobTitle, 120, "Job title")
            .MaxLength(nameof(Function), Function, 120, "Function")
            .Defined(nameof(Level), Level, "Hierarchy level")
            .Defined(nameof(BuyingCentreRole), BuyingCentreRole, "Buying-centre role");
        if (!string.IsNullOrWhiteSpace(Email) && !MailAddress.TryCreate(Email.Trim(), out _))
        {
            errors.Add(nameof(Email), "E-mail is not a valid address.");
        }
        return errors;
    }
}
