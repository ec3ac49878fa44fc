using Dyad.Core.Common;

namespace Dyad.Core.Touchpoints;

public sealed record TouchpointDetails(
    string Name,
    int Phase,
    Channel Channel,
    EncounterType EncounterType,
    TouchpointController Controller,
    Visibility Visibility,
    string? Owner = null,
    string? PartnerBrand = null,
    decimal? SuccessRate = null)
{
    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Name), Name, 200, "Name")
            .Defined(nameof(Channel), Channel, "Channel")
            .Defined(nameof(EncounterType), EncounterType, "Encounter type")
            .Defined(nameof(Controller), Controller, "Controller")
            .Defined(nameof(Visibility), Visibility, "Visibility")
            .MaxLength(nameof(Owner), Owner, 120, "Owner")
            .MaxLength(nameof(PartnerBrand), PartnerBrand, 120, "Partner brand");
        if (SuccessRate is < 0 or > 1)
        {
            errors.Add(nameof(SuccessRate), "Success rate is a share between 0 and 1 (0.95 for 95 %).");
        }
        if (!string.IsNullOrWhiteSpace(PartnerBrand) && Controller != TouchpointController.Partner)
        {
            errors.Add(nameof(PartnerBrand), "Only a partner-controlled touchpoint carries a partner's brand.");
        }
        return errors;
    }
}
