using System.Security.Cryptography;
using Dyad.Core.Common;

namespace Dyad.Core.Actions.Webhooks;

/// <summary>What a webhook can be told about; <see cref="WebhookEvents"/> spells them as receivers see them.</summary>
public enum WebhookEventType
{
    ActionCreated,
    ActionClosed,
    AlertFired,
}

public static class WebhookEvents
{
    public static string Name(this WebhookEventType type) => type switch
    {
        WebhookEventType.ActionCreated => "action.created",
        WebhookEventType.ActionClosed => "action.closed",
        WebhookEventType.AlertFired => "alert.fired",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<WebhookEventType>().Select(Name).ToArray();

    public static WebhookEventType? Parse(string name) =>
        Enum.GetValues<WebhookEventType>().Where(t => t.Name() == name.Trim().ToLowerInvariant()).Select(t => (WebhookEventType?)t).FirstOrDefault();
}

/// <summary>What a user sets on a webhook endpoint; event names as in <see cref="WebhookEvents.Names"/>.</summary>
public sealed record WebhookDetails(string Url, IReadOnlyList<string> Events, bool Active = true, string? Description = null)
{
    public const int UrlMaxLength = 500;
    public const int DescriptionMaxLength = 200;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Require(nameof(Url), Url, UrlMaxLength, "The URL")
            .MaxLength(nameof(Description), Description, DescriptionMaxLength, "The description");
        if (!string.IsNullOrWhiteSpace(Url)
            && (!Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(nameof(Url), "Enter an absolute http or https URL, such as https://example.com/hooks/dyad.");
        }
        if (Events is null || Events.Count == 0)
        {
            errors.Add(nameof(Events), $"Choose at least one event: {string.Join(", ", WebhookEvents.Names)}.");
        }
        else if (Events.FirstOrDefault(e => WebhookEvents.Parse(e ?? "") is null) is { } unknown)
        {
            errors.Add(nameof(Events), $"'{unknown}' is not an event; choose from {string.Join(", ", WebhookEvents.Names)}.");
        }
        return errors;
    }
}

/// <summary>
/// A receiver of the workspace's events. Every payload it gets is signed with its <see cref="Secret"/> (HMAC-SHA256,
/// <see cref="WebhookSignature"/>), so it can tell Dyad's calls from anyone else's.
/// </summary>
public sealed class WebhookEndpoint : IWorkspaceOwned
{
    public const int SecretMaxLength = 100;

    private WebhookEndpoint() { }

    public WebhookEndpoint(Guid workspaceId, WebhookDetails details, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        RotateSecret();
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Url { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<string> Events { get; private set; } = [];
    public bool Active { get; private set; }
    public string Secret { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public bool Wants(WebhookEventType type) => Active && Events.Contains(type.Name());

    public void Update(WebhookDetails details)
    {
        details.Validate().ThrowIfAny();
        Url = details.Url.Trim();
        Description = Blank.ToNull(details.Description);
        Events = details.Events.Select(e => WebhookEvents.Parse(e)!.Value.Name()).Distinct().ToList();
        Active = details.Active;
    }

    /// <summary>A new random secret; the receiver must be given it before it can verify the next delivery.</summary>
    public void RotateSecret() => Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
