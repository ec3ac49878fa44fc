using System.Globalization;
using System.Text.Json;
using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Integrations;

/// <summary>What a payload says about the occurrence it reports, before the account and touchpoint are looked up.</summary>
public sealed record MappedOccurrence(
    string ExternalId,
    DateTimeOffset? OccurredAt,
    Guid? AccountId,
    string? AccountName,
    string? AccountDomain,
    string? StakeholderEmail,
    Guid? TouchpointId,
    string? TouchpointName,
    Channel? Channel,
    string? Note);

/// <summary>
/// A payload that does not fit its endpoint's mapping: each error names the field and the path that found nothing, or
/// a value that is not what the field needs. Answered with 422, as the JSON was readable but not usable.
/// </summary>
public sealed class PayloadMappingException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Reads a payload through a mapping. Pure: the account and touchpoint are found by the caller.</summary>
public static class InboundMapper
{
    public const int ExternalIdMaxLength = 200;

    /// <summary>
    /// Unix times in milliseconds (HubSpot's) are told from seconds by size: 10^11 seconds is the year 5138, 10^11
    /// milliseconds is 1973, so no real time in seconds reaches it.
    /// </summary>
    private const double MillisecondsFrom = 1e11;

    /// <exception cref="PayloadMappingException">A required value is missing or a value does not fit its field.</exception>
    public static MappedOccurrence Map(JsonElement payload, InboundMapping mapping)
    {
        var errors = new FieldErrors();
        string? Read(string field, string? path)
        {
            if (Blank.ToNull(path) is null)
            {
                return null;
            }
            return PayloadPath.TryParse(path, out var parsed, out var error) ? parsed!.Read(payload) : Fail(field, error!);
        }
        string? Fail(string field, string message)
        {
            errors.Add(field, message);
            return null;
        }

        var externalId = Read(nameof(mapping.ExternalId), mapping.ExternalId);
        if (externalId is null)
        {
            errors.Add(nameof(mapping.ExternalId), $"No value at {mapping.ExternalId} (the external id).");
        }
        else if (externalId.Length > ExternalIdMaxLength)
        {
            errors.Add(nameof(mapping.ExternalId), $"The external id at {mapping.ExternalId} is longer than {ExternalIdMaxLength} characters.");
        }

        DateTimeOffset? occurredAt = null;
        if (Read(nameof(mapping.OccurredAt), mapping.OccurredAt) is { } when)
        {
            occurredAt = ParseTime(when);
            if (occurredAt is null)
            {
                errors.Add(nameof(mapping.OccurredAt), $"'{when}' at {mapping.OccurredAt} is not a time (ISO 8601, or Unix seconds or milliseconds).");
            }
        }
        else if (mapping.OccurredAt is not null)
        {
            errors.Add(nameof(mapping.OccurredAt), $"No value at {mapping.OccurredAt} (when it occurred).");
        }

        var accountId = ParseGuid(Read(nameof(mapping.AccountId), mapping.AccountId), nameof(mapping.AccountId), mapping.AccountId, errors);
        var accountName = Read(nameof(mapping.AccountName), mapping.AccountName);
        var accountDomain = Domain(Read(nameof(mapping.AccountDomain), mapping.AccountDomain));
        var email = Read(nameof(mapping.StakeholderEmail), mapping.StakeholderEmail)?.ToLowerInvariant();
        if (accountId is null && accountName is null && accountDomain is null && email is null && errors.IsEmpty)
        {
            errors.Add("Account", $"No value to find the account at {Tried(mapping.AccountId, mapping.AccountName, mapping.AccountDomain, mapping.StakeholderEmail)}.");
        }

        var touchpointId = ParseGuid(Read(nameof(mapping.TouchpointId), mapping.TouchpointId), nameof(mapping.TouchpointId), mapping.TouchpointId, errors);
        var touchpointName = Read(nameof(mapping.TouchpointName), mapping.TouchpointName);
        Channel? channel = null;
        if (Read(nameof(mapping.Channel), mapping.Channel) is { } channelText)
        {
            channel = InboundChannels.Parse(channelText);
            if (channel is null && touchpointId is null && touchpointName is null)
            {
                errors.Add(nameof(mapping.Channel), $"'{channelText}' at {mapping.Channel} is not a channel Dyad knows ({InboundChannels.Known}).");
            }
        }
        if (touchpointId is null && touchpointName is null && channel is null && !errors.ToDictionary().ContainsKey(nameof(mapping.Channel)))
        {
            errors.Add("Touchpoint", $"No value to find the touchpoint at {Tried(mapping.TouchpointId, mapping.TouchpointName, mapping.Channel)}.");
        }

        var note = Read(nameof(mapping.Note), mapping.Note);
        if (note is { Length: > OccurrenceDetails.NoteMaxLength })
        {
            // A ticket's description can be long; the occurrence keeps its start, and the source system keeps the rest.
            note = note[..(OccurrenceDetails.NoteMaxLength - 1)] + "…";
        }
        if (!errors.IsEmpty)
        {
            throw new PayloadMappingException(errors.ToDictionary());
        }
        return new MappedOccurrence(externalId!, occurredAt, accountId, accountName, accountDomain, email, touchpointId, touchpointName, channel, note);
    }

    /// <summary>ISO 8601 (with an offset, else taken as UTC), or a Unix time in seconds or milliseconds.</summary>
    public static DateTimeOffset? ParseTime(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var milliseconds = Math.Abs(number) >= MillisecondsFrom ? number : number * 1000;
            return milliseconds is > -62_135_596_800_000d and < 253_402_300_799_000d
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
                : null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    /// <summary>A domain as given, or taken from an e-mail address or a web address: "https://www.acme.example/" is acme.example.</summary>
    private static string? Domain(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var domain = text.Trim().ToLowerInvariant();
        if (domain.Contains('@'))
        {
            domain = domain[(domain.LastIndexOf('@') + 1)..];
        }
        if (Uri.TryCreate(domain.Contains("://", StringComparison.Ordinal) ? domain : "http://" + domain, UriKind.Absolute, out var uri))
        {
            domain = uri.Host;
        }
        return domain.StartsWith("www.", StringComparison.Ordinal) ? domain[4..] : domain;
    }

    private static Guid? ParseGuid(string? text, string field, string? path, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        errors.Add(field, $"'{text}' at {path} is not a Dyad id.");
        return null;
    }

    private static string Tried(params string?[] paths) => string.Join(", ", paths.OfType<string>());
}
