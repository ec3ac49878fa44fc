using Dyad.Core.Common;

namespace Dyad.Core.Actions.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Not delivered yet; tried again at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,
    Delivered,

    /// <summary>Every attempt failed; not tried again.</summary>
    Failed,
}

/// <summary>
/// One event for one endpoint: the outbox row the dispatcher sends, and afterwards the log of how it went. The payload
/// is fixed when the event happens, so a retry sends exactly what the first attempt sent.
/// </summary>
public sealed class WebhookDelivery : IWorkspaceOwned
{
    public const int ErrorMaxLength = 500;

    /// <summary>Eight attempts over about two hours: a receiver down for a deployment or a short outage still gets it.</summary>
    public const int MaxAttempts = 8;

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);

    private WebhookDelivery() { }

    public WebhookDelivery(WebhookEndpoint endpoint, Guid eventId, WebhookEventType type, string payload, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = endpoint.WorkspaceId;
        EndpointId = endpoint.Id;
        EventId = eventId;
        EventType = type.Name();
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Status = WebhookDeliveryStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EndpointId { get; private set; }

    /// <summary>The same for every endpoint told of one event, and sent in the payload, so receivers can drop repeats.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Set by the sender that claimed the delivery; another sender skips it until then.</summary>
    [NotAudited]
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The wait after the given failed attempt: 30 s, 1, 2, 4 ... minutes, doubling each time.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) => FirstRetryDelay * Math.Pow(2, Math.Max(0, failedAttempts - 1));

    /// <summary>Records one attempt: a 2xx status delivers it; anything else waits its back-off, or fails after the last.</summary>
    public void Record(int? statusCode, string? error, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error is { Length: > ErrorMaxLength } ? error[..ErrorMaxLength] : error;
        ClaimedUntil = null;
        if (statusCode is >= 200 and < 300)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = now;
            NextAttemptAt = null;
        }
        else if (Attempts >= MaxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + RetryDelay(Attempts);
        }
    }
}
