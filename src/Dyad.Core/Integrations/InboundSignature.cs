using System.Security.Cryptography;
using System.Text;

namespace Dyad.Core.Integrations;

/// <summary>
/// Checks that an incoming delivery was signed by the system that holds the shared secret: the header carries the
/// HMAC-SHA256 of the raw body, or of the timestamp followed by the body when the sender also sends a timestamp header
/// (Zendesk's <c>X-Zendesk-Webhook-Signature</c> with <c>X-Zendesk-Webhook-Signature-Timestamp</c>), as base64 or hex,
/// optionally prefixed <c>sha256=</c> (GitHub's style). Compared in constant time; a timestamp farther from now than
/// the tolerance is refused, so a captured delivery cannot be replayed later.
/// </summary>
public static class InboundSignature
{
    public const string Sha256 = "sha256";

    public static IReadOnlyList<string> Algorithms { get; } = [Sha256];

    /// <returns>Null when the signature holds, else why it is refused.</returns>
    public static string? Verify(string secret, string? signature, string? timestamp, bool timestampRequired, ReadOnlySpan<byte> body,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return "The signature header is missing.";
        }
        var signed = body.ToArray();
        if (timestampRequired)
        {
            if (string.IsNullOrWhiteSpace(timestamp))
            {
                return "The timestamp header is missing.";
            }
            if (ParseTimestamp(timestamp) is not { } at)
            {
                return $"'{timestamp}' is not a timestamp.";
            }
            if ((now - at).Duration() > tolerance)
            {
                return $"The timestamp {at:O} is more than {tolerance.TotalSeconds:0} seconds from now; a replay is refused.";
            }
            signed = [.. Encoding.UTF8.GetBytes(timestamp.Trim()), .. body];
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        var given = Decode(signature.Trim());
        return given is not null && CryptographicOperations.FixedTimeEquals(expected, given) ? null : "The signature does not match.";
    }

    /// <summary>What a sender puts in the header for this body, in base64: for tests and for senders to compare against.</summary>
    public static string Sign(string secret, string? timestamp, ReadOnlySpan<byte> body)
    {
        byte[] signed = timestamp is null ? body.ToArray() : [.. Encoding.UTF8.GetBytes(timestamp), .. body];
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    private static byte[]? Decode(string text)
    {
        if (text.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
        {
            text = text["sha256=".Length..];
        }
        // 32 bytes are 64 hex digits or 44 base64 characters, so the length tells which one was sent.
        if (text.Length == 64)
        {
            try
            {
                return Convert.FromHexString(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        var buffer = new byte[48];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>Unix seconds (or milliseconds) or ISO 8601, as senders send them.</summary>
    private static DateTimeOffset? ParseTimestamp(string text) => InboundMapper.ParseTime(text.Trim());
}
