using Dyad.Core.Touchpoints;

namespace Dyad.Core.Integrations;

/// <summary>A touchpoint of the account's journeys, with what is needed to choose among several.</summary>
public sealed record TouchpointCandidate(Guid Id, string Name, Channel Channel, int Phase, Guid JourneyId, int JourneyCurrentPhase,
    DateTimeOffset JourneyStartedAt);

/// <summary>
/// Which of an account's touchpoints an incoming delivery reports. An account may follow several journeys, each with a
/// touchpoint of that name or channel; the one where the journey is now (its current phase) wins, then the journey begun
/// last, so a ticket lands where the customer is today.
/// </summary>
public static class TouchpointChoice
{
    /// <returns>The touchpoint, or null with <paramref name="reason"/> saying what was looked for and not found.</returns>
    public static TouchpointCandidate? Choose(IReadOnlyList<TouchpointCandidate> ofAccount, Guid? id, string? name, Channel? channel,
        out string? reason)
    {
        reason = null;
        if (id is { } wanted)
        {
            var byId = ofAccount.FirstOrDefault(t => t.Id == wanted);
            reason = byId is null ? $"The account has no touchpoint {wanted}." : null;
            return byId;
        }
        var candidates = name is not null
            ? ofAccount.Where(t => string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList()
            : channel is { } wantedChannel ? ofAccount.Where(t => t.Channel == wantedChannel).ToList() : [];
        if (candidates.Count == 0)
        {
            reason = name is not null ? $"The account has no touchpoint named '{name}'."
                : channel is not null ? $"The account has no touchpoint on the {channel.Value.ToString().ToLowerInvariant()} channel."
                : "The payload names no touchpoint.";
            return null;
        }
        return candidates
            .OrderByDescending(t => name is not null && channel is not null && t.Channel == channel)
            .ThenByDescending(t => t.Phase == t.JourneyCurrentPhase)
            .ThenByDescending(t => t.JourneyStartedAt)
            .ThenBy(t => t.Phase)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Id)
            .First();
    }
}
