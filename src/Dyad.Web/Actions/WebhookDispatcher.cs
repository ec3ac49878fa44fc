using System.Text;
using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Actions.Webhooks;

namespace Dyad.Web.Actions;

/// <summary>
/// Sends the due webhook deliveries of one workspace: claims each (so a second app instance skips it), POSTs the
/// signed payload, and records the answer. A 2xx delivers it; anything else, or no answer, waits its back-off.
/// </summary>
public sealed class WebhookDispatcher(IHttpClientFactory clients, ILogger<WebhookDispatcher> logger)
{
    public const string ClientName = "webhooks";

    /// <summary>Well under the outbox claim, so a slow receiver cannot make two senders overlap.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task<ActionJobsResult> SendDueAsync(IServiceProvider workspaceServices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outbox = workspaceServices.GetRequiredService<WebhookOutbox>();
        var result = ActionJobsResult.None;
        foreach (var due in await outbox.DueAsync(now, cancellationToken))
        {
            if (!await outbox.TryClaimAsync(due.DeliveryId, now, cancellationToken))
            {
                continue;
            }
            var (status, error) = await PostAsync(due, now, cancellationToken);
            await outbox.RecordAsync(due.DeliveryId, status, error, now, CancellationToken.None);
            result = status is >= 200 and < 300 ? result with { Delivered = result.Delivered + 1 } : result with { Retrying = result.Retrying + 1 };
        }
        return result;
    }

    private async Task<(int? Status, string? Error)> PostAsync(DueWebhook due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, due.Url)
        {
            Content = new StringContent(due.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(due.Secret, now, due.Payload));
        request.Headers.Add(WebhookSignature.EventHeader, due.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, due.DeliveryId.ToString());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : response.ReasonPhrase);
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogInformation("Webhook {Delivery} to {Url} not delivered: {Reason}", due.DeliveryId, due.Url, unreachable.Message);
            return (null, unreachable is OperationCanceledException ? $"No answer within {Timeout.TotalSeconds:0} s." : unreachable.Message);
        }
    }
}
