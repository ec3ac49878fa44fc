using Dyad.Core.Integrations;

namespace Dyad.Data.Integrations;

/// <summary>An inbound endpoint as admins see it: the signing secret is never shown again, only whether one is set.</summary>
public sealed record InboundEndpointView(Guid Id, string Name, InboundMapping Mapping, string? SignatureHeader, bool HasSigningSecret,
    string SignatureAlgorithm, string? TimestampHeader, int ToleranceSeconds, bool Active, DateTimeOffset CreatedAt)
{
    internal static InboundEndpointView Of(InboundEndpoint e) => new(e.Id, e.Name, e.Mapping, e.SignatureHeader, e.SigningSecret is not null,
        e.SignatureAlgorithm, e.TimestampHeader, e.ToleranceSeconds, e.Active, e.CreatedAt);

    /// <summary>The settings as they are, to change one of them; the secret stays as stored.</summary>
    public InboundEndpointDetails ToDetails() =>
        new(Name, Mapping, SignatureHeader, null, SignatureAlgorithm, TimestampHeader, ToleranceSeconds, Active);
}

/// <param name="Address">The endpoint's secret address, shown this once: only its hash is kept.</param>
public sealed record InboundEndpointAddress(InboundEndpointView Endpoint, string Address);

public sealed record InboundDeliveryView(Guid Id, Guid EndpointId, DateTimeOffset ReceivedAt, InboundDeliveryStatus Status, int StatusCode,
    string? Reason, string? ExternalId, Guid? OccurrenceId, string Payload)
{
    internal static InboundDeliveryView Of(InboundDelivery d) =>
        new(d.Id, d.EndpointId, d.ReceivedAt, d.Status, d.StatusCode, d.Reason, d.ExternalId, d.OccurrenceId, d.Payload);
}

/// <summary>What the sender is answered: the HTTP status, and the delivery as logged.</summary>
/// <param name="Errors">Per mapping field, for a payload that does not fit (422).</param>
public sealed record InboundOutcome(int StatusCode, InboundDeliveryStatus Status, Guid DeliveryId, Guid? OccurrenceId, string? Reason,
    IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>A mapping tried on a payload without storing anything: what it reads, and where the occurrence would land.</summary>
public sealed record InboundTrial(MappedOccurrence? Mapped, IReadOnlyDictionary<string, string[]>? Errors, string? AccountName,
    Guid? TouchpointId, string? TouchpointName, string? StakeholderName, string? Reason);

public sealed record InboundTrialRequest(InboundMapping Mapping, string Payload);
