using Dyad.Core.Common;

namespace Dyad.Core.Accounts;

/// <summary>Everything a user edits on an account, validated in one place for the UI, the API and imports.</summary>
public sealed record AccountDetails(
    string Name,
    RelationshipType RelationshipType,
    RelationshipType? CustomerRelationshipType = null,
    string? Tier = null,
    string? Segment = null,
    decimal? AnnualRevenue = null,
    Guid? OwnerId = null,
    string? PartnerFirms = null)
{
    public const int NameMaxLength = 200;
    public const int LabelMaxLength = 80;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Name), Name, NameMaxLength, "Name")
            .Defined(nameof(RelationshipType), RelationshipType, "Relationship type")
            .MaxLength(nameof(Tier), Tier, LabelMaxLength, "Tier")
            .MaxLength(nameof(Segment), Segment, LabelMaxLength, "Segment")
            .MaxLength(nameof(PartnerFirms), PartnerFirms, 500, "Partner firms");
        if (CustomerRelationshipType is { } seen)
        {
            errors.Defined(nameof(CustomerRelationshipType), seen, "Customer relationship type");
        }
        if (AnnualRevenue < 0)
        {
            errors.Add(nameof(AnnualRevenue), "Annual revenue cannot be negative.");
        }
        return errors;
    }
}
