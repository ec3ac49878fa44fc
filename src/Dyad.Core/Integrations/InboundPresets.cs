namespace Dyad.Core.Integrations;

/// <summary>A ready mapping for a well-known sender, with a payload of its shape to try it on.</summary>
public sealed record InboundPreset(string Key, string Name, string Description, string? SignatureHeader, string? TimestampHeader,
    InboundMapping Mapping, string SamplePayload);

/// <summary>
/// Mappings for two common senders, as starting points: the admin adjusts the paths to the payload their sender is set
/// up to send. Both samples name accounts and touchpoints of the demo workspace, so trying a preset there shows a match.
/// </summary>
public static class InboundPresets
{
    /// <summary>
    /// A Zendesk webhook fired by a trigger, whose JSON body is written with Zendesk placeholders ({{ticket.id}},
    /// {{ticket.via}}, ...). Zendesk signs with base64 HMAC-SHA256 of the timestamp followed by the body.
    /// </summary>
    public static InboundPreset Zendesk { get; } = new(
        "zendesk-ticket",
        "Zendesk ticket",
        "A ticket created or updated in Zendesk: the organization is the account, the requester the stakeholder, the ticket's channel picks the touchpoint.",
        "X-Zendesk-Webhook-Signature",
        "X-Zendesk-Webhook-Signature-Timestamp",
        new InboundMapping(
            ExternalId: "$.ticket.id",
            OccurredAt: "$.ticket.created_at",
            AccountName: "$.ticket.organization.name",
            AccountDomain: "$.ticket.requester.email",
            StakeholderEmail: "$.ticket.requester.email",
            TouchpointName: "$.ticket.custom_fields.dyad_touchpoint",
            Channel: "$.ticket.via.channel",
            Note: "$.ticket.subject"),
        """
        {
          "ticket": {
            "id": 35436,
            "subject": "Weekly production report did not arrive",
            "status": "new",
            "created_at": "2026-03-02T09:15:00Z",
            "via": { "channel": "email" },
            "requester": { "name": "Peeter Tamm", "email": "peeter.tamm@customer.example" },
            "organization": { "name": "Baltic Pulp Mill" },
            "custom_fields": { "dyad_touchpoint": null },
            "tags": ["reporting"]
          }
        }
        """);

    /// <summary>
    /// A HubSpot workflow's "Send a webhook" action on a deal: the deal's properties, each with its value, and the
    /// associated company and contact. Times are Unix milliseconds.
    /// </summary>
    public static InboundPreset HubSpot { get; } = new(
        "hubspot-deal",
        "HubSpot deal",
        "A deal reaching a stage in a HubSpot workflow: the associated company is the account, the contact the stakeholder; the touchpoint is the deal's dyad_touchpoint property or, without it, the kick-off meeting.",
        // HubSpot's v3 signature covers the method and full URL as well as the body, which a body HMAC cannot check:
        // the secret address alone guards this one (docs/integrations.md).
        null,
        null,
        new InboundMapping(
            ExternalId: "$.objectId",
            OccurredAt: "$.properties.hs_lastmodifieddate.value",
            AccountName: "$.associatedCompany.name",
            AccountDomain: "$.associatedCompany.domain",
            StakeholderEmail: "$.associatedContact.email",
            TouchpointName: "$.properties.dyad_touchpoint.value | 'Kick-off meeting'",
            Note: "$.properties.dealname.value"),
        """
        {
          "objectId": 9876543210,
          "objectType": "DEAL",
          "properties": {
            "dealname": { "value": "Aurora Mining - conveyor retrofit order" },
            "dealstage": { "value": "closedwon" },
            "hs_lastmodifieddate": { "value": "1772442900000" }
          },
          "associatedCompany": { "name": "Aurora Mining", "domain": "auroramining.example" },
          "associatedContact": { "email": "mikko.lahtinen@customer.example" }
        }
        """);

    public static IReadOnlyList<InboundPreset> All { get; } = [Zendesk, HubSpot];
}
