using Dyad.Core.Common;

namespace Dyad.Core.Integrations;

public enum InboundDeliveryStatus
{
    /// <summary>Made a new touchpoint occurrence.</summary>
    Accepted,

    /// <summary>Its external id had made an occurrence already; nothing new was made.</summary>
    Duplicate,

    /// <summary>Refused: bad signature, unreadable or unmappable payload, no such account or touchpoint.</summary>
    Rejected,
}

/// <summary>
/// One POST to an inbound endpoint and what came of it, for the admin to see why a ticket did or did not arrive.
/// An accepted delivery holds <see cref="AcceptedKey"/>, unique, so one external id makes one occurrence per endpoint
/// even when the sender retries two deliveries at once.
/// </summary>
public sealed class InboundDelivery : IWorkspaceOwned
{
    public const int ReasonMaxLength = 1000;
    public const int PayloadMaxLength = 4000;
    public const int AcceptedKeyMaxLength = 250;

    private InboundDelivery() { }

    private InboundDelivery(InboundEndpoint endpoint, DateTimeOffset receivedAt, InboundDeliveryStatus status, int statusCode, string? reason,
        string? externalId, Guid? occurrenceId, string payload)
    {
        Id = Guid.CreateVersion7(receivedAt);
        WorkspaceId = endpoint.WorkspaceId;
        EndpointId = endpoint.Id;
        ReceivedAt = receivedAt;
        Status = status;
        StatusCode = statusCode;
        Reason = reason is { Length: > ReasonMaxLength } ? reason[..ReasonMaxLength] : reason;
        ExternalId = externalId;
        OccurrenceId = occurrenceId;
        AcceptedKey = status == InboundDeliveryStatus.Accepted ? KeyOf(endpoint.Id, externalId!) : null;
        Payload = payload.Length > PayloadMaxLength ? payload[..PayloadMaxLength] + "…" : payload;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EndpointId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public InboundDeliveryStatus Status { get; private set; }

    /// <summary>The HTTP status the sender was answered with.</summary>
    public int StatusCode { get; private set; }

    public string? Reason { get; private set; }
    public string? ExternalId { get; private set; }
    public Guid? OccurrenceId { get; private set; }
    public string? AcceptedKey { get; private set; }

    /// <summary>The start of the body as received, so a rejected delivery can be compared with the mapping.</summary>
    public string Payload { get; private set; } = "";

    public static string KeyOf(Guid endpointId, string externalId) => $"{endpointId:N}:{externalId}";

    public static InboundDelivery Accepted(InboundEndpoint endpoint, DateTimeOffset at, string externalId, Guid occurrenceId, string payload) =>
        new(endpoint, at, InboundDeliveryStatus.Accepted, 201, null, externalId, occurrenceId, payload);

    public static InboundDelivery Duplicate(InboundEndpoint endpoint, DateTimeOffset at, string externalId, Guid occurrenceId, string payload) =>
        new(endpoint, at, InboundDeliveryStatus.Duplicate, 200, $"Already received: occurrence {occurrenceId}.", externalId, occurrenceId, payload);

    public static InboundDelivery Rejected(InboundEndpoint endpoint, DateTimeOffset at, int statusCode, string reason, string? externalId,
        string payload) =>
        new(endpoint, at, InboundDeliveryStatus.Rejected, statusCode, reason, externalId, null, payload);
}
