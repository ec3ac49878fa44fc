using Dyad.Core.Common;

namespace Dyad.Core.Actions;

/// <summary>
/// How the loop with the customer was closed: who was contacted (a stakeholder of the account, or a name or e-mail
/// for someone not recorded as one), on which day, and what came of it.
/// </summary>
public sealed record LoopClosure(Guid? StakeholderId, string? ContactName, string? ContactEmail, DateOnly? ContactedOn, string? Outcome)
{
    public const int ContactMaxLength = 200;
    public const int OutcomeMaxLength = 4000;

    public FieldErrors Validate(DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (StakeholderId is null && Blank.ToNull(ContactName) is null && Blank.ToNull(ContactEmail) is null)
        {
            errors.Add("contact", "Record whom you contacted at the customer: a stakeholder, or a name or e-mail address.");
        }
        errors.MaxLength(nameof(ContactName), ContactName, ContactMaxLength, "The contact's name")
            .MaxLength(nameof(ContactEmail), ContactEmail, ContactMaxLength, "The contact's e-mail address");
        if (Blank.ToNull(ContactEmail) is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(nameof(ContactEmail), "Enter an e-mail address such as name@example.com.");
        }
        if (ContactedOn is null)
        {
            errors.Add(nameof(ContactedOn), "Record the date you contacted the customer.");
        }
        // A day ahead allows for the customer's time zone being ahead of UTC.
        else if (ContactedOn.Value > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            errors.Add(nameof(ContactedOn), "The contact date cannot be in the future.");
        }
        errors.Require(nameof(Outcome), Outcome, OutcomeMaxLength, "The outcome");
        return errors;
    }

    public LoopClosure Normalized() => this with
    {
        ContactName = Blank.ToNull(ContactName),
        ContactEmail = Blank.ToNull(ContactEmail),
        Outcome = Outcome?.Trim(),
    };
}
