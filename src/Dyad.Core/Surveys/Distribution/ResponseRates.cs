namespace Dyad.Core.Surveys.Distribution;

/// <summary>One invitation's track, reduced to what a response rate counts, under the group it is reported in.</summary>
public sealed record InvitationTrack(string Group, bool Sent, bool Bounced, bool Opened, bool Started, bool Answered)
{
    public static InvitationTrack Of(SurveyInvitation invitation, string group) => new(group,
        invitation.SentAt is not null, invitation.BouncedAt is not null, invitation.OpenedAt is not null,
        invitation.StartedAt is not null, invitation.AnsweredAt is not null);
}

/// <summary>How far the invitations of one group got; <see cref="Rate"/> is answered / invited, null with none invited.</summary>
public sealed record ResponseRate(string Group, int Invited, int Sent, int Bounced, int Opened, int Started, int Answered)
{
    public double? Rate => Invited == 0 ? null : (double)Answered / Invited;
}

/// <summary>
/// Response rates over invitations (product brief, Measurement: "the response rate is reported"; 004 had 16 answers of
/// 291 invited, 5.5 %). Suppressed invitations were never sent and are not passed in: nobody was invited.
/// </summary>
public static class ResponseRates
{
    public static ResponseRate Overall(IEnumerable<InvitationTrack> tracks, string group = "all") => Count(group, tracks.ToList());

    /// <summary>One rate per group, largest group first, then by name.</summary>
    public static IReadOnlyList<ResponseRate> ByGroup(IEnumerable<InvitationTrack> tracks) =>
        tracks.GroupBy(t => t.Group, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g.ToList()))
            .OrderByDescending(r => r.Invited).ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();

    private static ResponseRate Count(string group, IReadOnlyList<InvitationTrack> tracks) => new(group, tracks.Count,
        tracks.Count(t => t.Sent), tracks.Count(t => t.Bounced), tracks.Count(t => t.Opened), tracks.Count(t => t.Started),
        tracks.Count(t => t.Answered));
}
