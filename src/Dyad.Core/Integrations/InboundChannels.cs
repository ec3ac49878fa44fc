using Dyad.Core.Touchpoints;

namespace Dyad.Core.Integrations;

/// <summary>
/// How ticketing and CRM systems name the channel a contact came through, put on Dyad's channels: Zendesk's
/// <c>via.channel</c> (email, web, voice, chat, api, ...) and HubSpot's engagement types (EMAIL, CALL, MEETING, ...).
/// </summary>
public static class InboundChannels
{
    private static readonly Dictionary<string, Channel> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = Channel.Email, ["e-mail"] = Channel.Email, ["mail"] = Channel.Email, ["incoming_email"] = Channel.Email,
        ["phone"] = Channel.Phone, ["voice"] = Channel.Phone, ["call"] = Channel.Phone, ["sms"] = Channel.Phone,
        ["meeting"] = Channel.Meeting, ["video_call"] = Channel.Meeting,
        ["portal"] = Channel.Portal, ["help_center"] = Channel.Portal,
        ["document"] = Channel.Document,
        ["visit"] = Channel.Visit, ["onsite"] = Channel.Visit,
        ["training"] = Channel.Training,
        ["website"] = Channel.Website, ["web"] = Channel.Website, ["web_form"] = Channel.Website, ["web_widget"] = Channel.Website,
        ["chat"] = Channel.Website, ["native_messaging"] = Channel.Website,
        ["event"] = Channel.Event, ["webinar"] = Channel.Event,
        ["other"] = Channel.Other,
    };

    public static string Known => string.Join(", ", Synonyms.Keys.Order(StringComparer.Ordinal));

    public static Channel? Parse(string text) => Synonyms.TryGetValue(text.Trim(), out var channel) ? channel : null;
}
