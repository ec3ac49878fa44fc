using Dyad.Core.Common;

namespace Dyad.Core.Integrations;

/// <summary>
/// Where in an incoming payload each field of a touchpoint occurrence is found, one <see cref="PayloadPath"/> per field.
/// The account is found by its Dyad id, its name, a domain of its stakeholders' e-mail addresses, or else by the
/// stakeholder's e-mail; the touchpoint, among that account's journeys, by id, by name or by channel.
/// </summary>
public sealed record InboundMapping(
    string ExternalId,
    string? OccurredAt = null,
    string? AccountId = null,
    string? AccountName = null,
    string? AccountDomain = null,
    string? StakeholderEmail = null,
    string? TouchpointId = null,
    string? TouchpointName = null,
    string? Channel = null,
    string? Note = null)
{
    /// <summary>Each field with the path set for it, named as the API and the form name them.</summary>
    public IEnumerable<(string Field, string? Path)> Fields()
    {
        yield return (nameof(ExternalId), ExternalId);
        yield return (nameof(OccurredAt), OccurredAt);
        yield return (nameof(AccountId), AccountId);
        yield return (nameof(AccountName), AccountName);
        yield return (nameof(AccountDomain), AccountDomain);
        yield return (nameof(StakeholderEmail), StakeholderEmail);
        yield return (nameof(TouchpointId), TouchpointId);
        yield return (nameof(TouchpointName), TouchpointName);
        yield return (nameof(Channel), Channel);
        yield return (nameof(Note), Note);
    }

    /// <param name="prefix">Put before each field name, e.g. "mapping.", so the form can mark the field.</param>
    public FieldErrors Validate(string prefix = "")
    {
        var errors = new FieldErrors();
        foreach (var (field, path) in Fields())
        {
            if (path is null && field != nameof(ExternalId))
            {
                continue;
            }
            if (!PayloadPath.TryParse(path, out _, out var error))
            {
                errors.Add(prefix + field, field == nameof(ExternalId) && string.IsNullOrWhiteSpace(path)
                    ? "The external id's path is required: it is what makes a repeated delivery create nothing new."
                    : error!);
            }
        }
        if (Blank.ToNull(AccountId) is null && Blank.ToNull(AccountName) is null && Blank.ToNull(AccountDomain) is null
            && Blank.ToNull(StakeholderEmail) is null)
        {
            errors.Add(prefix + nameof(AccountName), "Map at least one way to find the account: its id, name, e-mail domain, or the stakeholder's e-mail.");
        }
        if (Blank.ToNull(TouchpointId) is null && Blank.ToNull(TouchpointName) is null && Blank.ToNull(Channel) is null)
        {
            errors.Add(prefix + nameof(TouchpointName), "Map at least one way to find the touchpoint: its id, its name or the channel.");
        }
        return errors;
    }

    /// <summary>The same mapping with blank paths as absent, so what is stored reads one way.</summary>
    public InboundMapping Normalized() => new(
        ExternalId.Trim(), Blank.ToNull(OccurredAt), Blank.ToNull(AccountId), Blank.ToNull(AccountName), Blank.ToNull(AccountDomain),
        Blank.ToNull(StakeholderEmail), Blank.ToNull(TouchpointId), Blank.ToNull(TouchpointName), Blank.ToNull(Channel), Blank.ToNull(Note));
}
