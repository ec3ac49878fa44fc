using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>One person to invite, with what caused it when a trigger did.</summary>
internal sealed record Invitee(Stakeholder? Stakeholder, string? Email = null, string? DedupKey = null, SurveyContext? Context = null,
    Guid? TriggerId = null);

/// <summary>
/// Makes invitations, by hand or by trigger, under the workspace's fatigue cap: an invitation the cap holds back is
/// stored as suppressed, with the date of the earlier invitation, so nobody wonders where it went.
/// </summary>
internal static class InvitationIssuer
{
    public static async Task<IReadOnlyList<SurveyInvitation>> IssueAsync(DyadDbContext db, Survey survey, IReadOnlyList<Invitee> invitees,
        InvitationLinkKey linkKey, DateTimeOffset now, string? language = null, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        var issued = new List<SurveyInvitation>();
        foreach (var invitee in invitees)
        {
            var invitation = SurveyInvitation.Issue(survey, invitee.Stakeholder, linkKey, now, invitee.Email, language: language, dedupKey: invitee.DedupKey,
                expiresAt: expiresAt, context: invitee.Context);
            if (invitee.TriggerId is { } triggerId)
            {
                invitation.MadeBy(triggerId);
            }
            issued.Add(invitation);
        }
        await CapAsync(db, issued, now, cancellationToken);
        return await SaveSkippingDuplicatesAsync(db, issued, cancellationToken);
    }

    /// <summary>
    /// Suppresses the new invitations of people the cap says were invited often enough lately, counting those earlier in the
    /// same list; nothing is saved.
    /// </summary>
    public static async Task CapAsync(DyadDbContext db, IReadOnlyList<SurveyInvitation> invitations, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var rules = await DistributionSettingsService.RulesAsync(db, cancellationToken);
        var windowStart = now.AddDays(-rules.FatigueDays);
        var stakeholderIds = invitations.Where(i => i.StakeholderId is not null).Select(i => i.StakeholderId!.Value).Distinct().ToList();
        var emails = invitations.Select(i => Address(i.Email)).OfType<string>().Distinct().ToList();
        var earlier = rules.FatigueDays == 0
            ? []
            : await db.SurveyInvitations.AsNoTracking()
                .Where(i => i.SuppressedAt == null && i.CreatedAt > windowStart
                            && ((i.StakeholderId != null && stakeholderIds.Contains(i.StakeholderId.Value)) || (i.Email != null && emails.Contains(i.Email.ToLower()))))
                .Select(i => new Invited(i.StakeholderId, i.Email, i.CreatedAt))
                .ToListAsync(cancellationToken);
        foreach (var invitation in invitations)
        {
            var person = new Invited(invitation.StakeholderId, invitation.Email, now);
            var decision = rules.FatigueCap.Decide(earlier.Where(e => e.SamePersonAs(person)).Select(e => e.At), now);
            if (decision.Allowed)
            {
                earlier.Add(person);
            }
            else
            {
                invitation.Suppress(decision.LastInvitedAt!.Value, now);
            }
        }
    }

    /// <summary>
    /// An invitation as the fatigue cap sees it. One person is one stakeholder or one inbox: a stakeholder and their bare
    /// address are the same person, and Buyer@x and buyer@x are one inbox.
    /// </summary>
    private sealed record Invited(Guid? StakeholderId, string? Email, DateTimeOffset At)
    {
        public bool SamePersonAs(Invited other) =>
            (StakeholderId is { } id && id == other.StakeholderId)
            || (Address(Email) is { } address && address == Address(other.Email));
    }

    private static string? Address(string? email) => Blank.ToNull(email)?.Trim().ToLowerInvariant();

    /// <summary>
    /// Saves the invitations; when another scheduler made one with the same dedup key meanwhile, the unique index refuses
    /// the batch, and they are saved one by one so only the duplicate is left out. Two schedulers insert their keys in
    /// the same (ordinal) order, so one waits for the other on the first shared key instead of both deadlocking;
    /// PostgreSQL's execution strategy may still hand a refusal over wrapped as a transient failure.
    /// </summary>
    private static async Task<IReadOnlyList<SurveyInvitation>> SaveSkippingDuplicatesAsync(DyadDbContext db, List<SurveyInvitation> invitations,
        CancellationToken cancellationToken)
    {
        invitations = invitations.OrderBy(i => i.DedupKey, StringComparer.Ordinal).ToList();
        db.SurveyInvitations.AddRange(invitations);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return invitations;
        }
        catch (Exception refused) when (IsRefusedSave(refused) && invitations.Any(i => i.DedupKey is not null))
        {
            db.ChangeTracker.Clear();
        }
        var saved = new List<SurveyInvitation>();
        foreach (var invitation in invitations)
        {
            db.SurveyInvitations.Add(invitation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                saved.Add(invitation);
            }
            catch (Exception refused) when (IsRefusedSave(refused) && invitation.DedupKey is not null)
            {
                db.ChangeTracker.Clear();
            }
        }
        return saved;
    }

    private static bool IsRefusedSave(Exception exception) =>
        exception is DbUpdateException || exception.InnerException is DbUpdateException;
}
