using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Integrations;

namespace Dyad.Core.Tests.Integrations;

public class InboundSignatureTests
{
    private const string Secret = "dGhpcyBpcyBhIHNlY3JldA";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"ticket":{"id":1}}""");
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_zendesk_style_signature_over_timestamp_and_body_holds()
    {
        const string timestamp = "2026-03-02T09:14:30Z";
        // Zendesk: base64(HMAC-SHA256(secret, timestamp + body)), computed here independently of the code under test.
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp).Concat(Body).ToArray()));

        Assert.Null(InboundSignature.Verify(Secret, expected, timestamp, true, Body, Now, Tolerance));
    }

    [Fact]
    public void A_hex_signature_of_the_body_alone_holds_with_or_without_a_sha256_prefix()
    {
        var hex = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));

        Assert.Null(InboundSignature.Verify(Secret, hex, null, false, Body, Now, Tolerance));
        Assert.Null(InboundSignature.Verify(Secret, "sha256=" + hex, null, false, Body, Now, Tolerance));
    }

    [Fact]
    public void A_changed_body_or_another_secret_does_not_match()
    {
        var signature = InboundSignature.Sign(Secret, null, Body);

        Assert.Equal("The signature does not match.", InboundSignature.Verify(Secret, signature, null, false, Body.Append((byte)32).ToArray(), Now, Tolerance));
        Assert.Equal("The signature does not match.", InboundSignature.Verify("other", signature, null, false, Body, Now, Tolerance));
        Assert.Equal("The signature does not match.", InboundSignature.Verify(Secret, "not base64 !", null, false, Body, Now, Tolerance));
    }

    [Fact]
    public void A_timestamp_beyond_the_tolerance_is_refused_as_a_replay_even_when_correctly_signed()
    {
        var old = Now.AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = InboundSignature.Sign(Secret, old, Body);

        Assert.Contains("replay", InboundSignature.Verify(Secret, signature, old, true, Body, Now, Tolerance));
        Assert.Null(InboundSignature.Verify(Secret, signature, old, true, Body, Now, TimeSpan.FromMinutes(7)));
    }

    [Fact]
    public void Missing_headers_are_named()
    {
        Assert.Equal("The signature header is missing.", InboundSignature.Verify(Secret, null, null, false, Body, Now, Tolerance));
        Assert.Equal("The timestamp header is missing.", InboundSignature.Verify(Secret, "x", null, true, Body, Now, Tolerance));
    }
}
