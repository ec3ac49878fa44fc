using System.Security.Cryptography;
using System.Text;

namespace Dyad.Core.Actions.Webhooks;

/// <summary>
/// Signs a delivery so its receiver can check it came from Dyad and was not replayed: the header
/// <c>Dyad-Signature: t={unix seconds},v1={hex HMAC-SHA256 of "{t}.{body}" keyed with the endpoint's secret}</c>.
/// A receiver recomputes the HMAC over the raw body it got, compares in constant time, and refuses a timestamp far
/// from its clock (docs/closing-the-loop.md).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Dyad-Signature";
    public const string EventHeader = "Dyad-Event";
    public const string DeliveryHeader = "Dyad-Delivery";

    public static string Sign(string secret, DateTimeOffset timestamp, string body)
    {
        var seconds = timestamp.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{seconds}.{body}"));
        return $"t={seconds},v1={Convert.ToHexStringLower(mac)}";
    }
}
