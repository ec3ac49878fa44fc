using System.Text.Json;
using Dyad.Core.Integrations;

namespace Dyad.Core.Tests.Integrations;

public class PayloadPathTests
{
    private static readonly JsonElement Payload = JsonDocument.Parse("""
        { "ticket": { "id": 42, "urgent": true, "tags": ["a", "b"], "requester": { "email": " x@acme.example " },
          "empty": "", "nothing": null, "deal name": { "value": "Retrofit" } } }
        """).RootElement;

    [Theory]
    [InlineData("$.ticket.id", "42")]
    [InlineData("ticket.id", "42")]
    [InlineData("$.ticket.urgent", "true")]
    [InlineData("$.ticket.tags[1]", "b")]
    [InlineData("$.ticket.requester.email", "x@acme.example")]
    [InlineData("$.ticket['deal name'].value", "Retrofit")]
    [InlineData("$.ticket.empty | $.ticket.nothing | $.ticket.id", "42")]
    [InlineData("$.ticket.missing | 'Kick-off meeting'", "Kick-off meeting")]
    public void A_path_reads_one_value_as_text(string path, string expected) =>
        Assert.Equal(expected, PayloadPath.Parse(path).Read(Payload));

    [Theory]
    [InlineData("$.ticket.missing")]
    [InlineData("$.ticket.tags[5]")]
    [InlineData("$.ticket.requester")]
    [InlineData("$.ticket.tags")]
    [InlineData("$.ticket.nothing")]
    [InlineData("$.ticket.id.deeper")]
    public void A_path_that_reaches_no_plain_value_reads_nothing(string path) =>
        Assert.Null(PayloadPath.Parse(path).Read(Payload));

    [Theory]
    [InlineData("", "Enter a path")]
    [InlineData("$.ticket..id", "two dots")]
    [InlineData("$.ticket.", "ends with a dot")]
    [InlineData("$.items[*]", "neither an index")]
    [InlineData("$.items[0", "not closed")]
    [InlineData("$.ticket.* ", "not a property name")]
    public void A_malformed_path_is_refused_with_what_is_wrong(string path, string message)
    {
        Assert.False(PayloadPath.TryParse(path, out _, out var error));
        Assert.Contains(message, error);
    }
}
