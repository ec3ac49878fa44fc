using System.Text.Json;
using Dyad.Core.Integrations;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Integrations;

public class InboundMapperTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void The_zendesk_preset_reads_its_sample_ticket()
    {
        var preset = InboundPresets.Zendesk;
        var mapped = InboundMapper.Map(Json(preset.SamplePayload), preset.Mapping);

        Assert.Equal("35436", mapped.ExternalId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero), mapped.OccurredAt);
        Assert.Equal("Baltic Pulp Mill", mapped.AccountName);
        Assert.Equal("customer.example", mapped.AccountDomain);
        Assert.Equal("peeter.tamm@customer.example", mapped.StakeholderEmail);
        Assert.Null(mapped.TouchpointName);
        Assert.Equal(Channel.Email, mapped.Channel);
        Assert.Equal("Weekly production report did not arrive", mapped.Note);
    }

    [Fact]
    public void The_hubspot_preset_reads_its_sample_deal_with_milliseconds_and_the_fallback_touchpoint()
    {
        var preset = InboundPresets.HubSpot;
        var mapped = InboundMapper.Map(Json(preset.SamplePayload), preset.Mapping);

        Assert.Equal("9876543210", mapped.ExternalId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1772442900000), mapped.OccurredAt);
        Assert.Equal("Aurora Mining", mapped.AccountName);
        Assert.Equal("auroramining.example", mapped.AccountDomain);
        Assert.Equal("Kick-off meeting", mapped.TouchpointName);
        Assert.Equal("Aurora Mining - conveyor retrofit order", mapped.Note);
    }

    [Fact]
    public void Every_preset_is_a_valid_mapping() =>
        Assert.All(InboundPresets.All, p => Assert.True(p.Mapping.Validate().IsEmpty, p.Key));

    [Fact]
    public void A_missing_required_value_is_named_by_its_path()
    {
        var mapping = new InboundMapping("$.ticket.id", OccurredAt: "$.ticket.created_at", AccountName: "$.org", Channel: "$.via");
        var refused = Assert.Throws<PayloadMappingException>(() => InboundMapper.Map(Json("""{"org":"Acme","via":"email"}"""), mapping));

        Assert.Contains("$.ticket.id", refused.Errors[nameof(InboundMapping.ExternalId)].Single());
        Assert.Contains("$.ticket.created_at", refused.Errors[nameof(InboundMapping.OccurredAt)].Single());
    }

    [Fact]
    public void A_payload_without_any_account_key_names_every_path_tried()
    {
        var mapping = new InboundMapping("$.id", AccountName: "$.company", StakeholderEmail: "$.contact.email", TouchpointName: "$.tp");
        var refused = Assert.Throws<PayloadMappingException>(() => InboundMapper.Map(Json("""{"id":1,"tp":"Call"}"""), mapping));

        var message = refused.Errors["Account"].Single();
        Assert.Contains("$.company", message);
        Assert.Contains("$.contact.email", message);
    }

    [Theory]
    [InlineData("\"2026-03-02T10:15:00+01:00\"", "2026-03-02T09:15:00+00:00")]
    [InlineData("\"2026-03-02 09:15\"", "2026-03-02T09:15:00+00:00")]
    [InlineData("1772442900", "2026-03-02T09:15:00+00:00")]
    [InlineData("\"1772442900000\"", "2026-03-02T09:15:00+00:00")]
    public void Times_come_as_iso_8601_or_unix_seconds_or_milliseconds(string json, string expected)
    {
        var mapped = InboundMapper.Map(Json($$"""{"id":"t-1","at":{{json}},"org":"Acme","via":"phone"}"""),
            new InboundMapping("$.id", OccurredAt: "$.at", AccountName: "$.org", Channel: "$.via"));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mapped.OccurredAt);
    }

    [Fact]
    public void A_value_that_does_not_fit_its_field_is_refused()
    {
        var mapping = new InboundMapping("$.id", OccurredAt: "$.at", AccountId: "$.account", Channel: "$.via");
        var refused = Assert.Throws<PayloadMappingException>(() =>
            InboundMapper.Map(Json("""{"id":"1","at":"yesterday","account":"ACME-7","via":"carrier pigeon"}"""), mapping));

        Assert.Contains("'yesterday'", refused.Errors[nameof(InboundMapping.OccurredAt)].Single());
        Assert.Contains("not a Dyad id", refused.Errors[nameof(InboundMapping.AccountId)].Single());
        Assert.Contains("'carrier pigeon'", refused.Errors[nameof(InboundMapping.Channel)].Single());
    }

    [Fact]
    public void A_long_description_is_cut_to_fit_the_note()
    {
        var long_ = new string('x', 5000);
        var mapped = InboundMapper.Map(Json($$"""{"id":"1","org":"Acme","tp":"Call","text":"{{long_}}"}"""),
            new InboundMapping("$.id", AccountName: "$.org", TouchpointName: "$.tp", Note: "$.text"));
        Assert.Equal(OccurrenceDetails.NoteMaxLength, mapped.Note!.Length);
    }

    [Fact]
    public void A_mapping_needs_an_external_id_an_account_and_a_touchpoint()
    {
        var errors = new InboundMapping("").Validate("Mapping.").ToDictionary();

        Assert.Contains("Mapping.ExternalId", errors.Keys);
        Assert.Contains("Mapping.AccountName", errors.Keys);
        Assert.Contains("Mapping.TouchpointName", errors.Keys);
    }
}
