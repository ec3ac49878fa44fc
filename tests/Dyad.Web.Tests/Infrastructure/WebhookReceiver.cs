using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// A webhook receiver on a loopback port, written the way docs/closing-the-loop.md tells a receiver to verify a
/// delivery, independently of Dyad's own signing code: recompute HMAC-SHA256 of "{t}.{raw body}" with the secret,
/// compare in constant time, refuse a stale timestamp. It answers 500 while <see cref="FailuresLeft"/> is above zero.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    public sealed record Delivery(string Event, string DeliveryId, string Body, bool Verified, int Answered);

    public string Url { get; private set; } = "";

    /// <summary>The endpoint's secret, as the receiver's operator would have copied it from Dyad.</summary>
    public string Secret { get; set; } = "";

    public int FailuresLeft { get => _failuresLeft; set => _failuresLeft = value; }

    public ConcurrentQueue<Delivery> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/dyad", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Url = $"{app.Urls.First()}/hooks/dyad";
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var verified = Verify(context.Request.Headers["Dyad-Signature"].ToString(), body);
        var answer = !verified ? StatusCodes.Status401Unauthorized
            : Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status204NoContent;
        Received.Enqueue(new Delivery(context.Request.Headers["Dyad-Event"].ToString(), context.Request.Headers["Dyad-Delivery"].ToString(), body,
            verified, answer));
        context.Response.StatusCode = answer;
    }

    private bool Verify(string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, out var seconds) || !parts.TryGetValue("v1", out var signature))
        {
            return false;
        }
        if ((DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return signature.Length == expected.Length * 2
               && CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
