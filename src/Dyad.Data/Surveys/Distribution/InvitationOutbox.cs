using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>An e-mail the scheduler owes: a first invitation, or a reminder when <see cref="ReminderCount"/> reminders went before.</summary>
public sealed record OutgoingEmail(Guid InvitationId, InvitationEmailKind Kind, string To, string Language, string WorkspaceName,
    string SurveyName, string? RecipientName, string Link, int ReminderCount);

/// <summary>
/// What is to be sent, and the bookkeeping around sending it. The state lives only in the invitation rows: a sender
/// claims a row with a conditional update before sending (so two app instances never both send it), and marks it sent
/// or bounced after. A claim lapses after <see cref="ClaimLease"/>, so a sender that died mid-way does not block it.
/// </summary>
public sealed class InvitationOutbox(IDbContextFactory<DyadDbContext> contexts, SurveyLinks links)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>Invitations of open surveys never sent, and sent ones whose next reminder is due; none past expiry.</summary>
    public async Task<IReadOnlyList<OutgoingEmail>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await DistributionSettingsService.RulesAsync(db, cancellationToken);
        var workspaceName = await db.Workspaces.Where(w => w.Id == db.Scope.Required).Select(w => w.Name).SingleAsync(cancellationToken);
        var rows = await (
                from invitation in db.SurveyInvitations
                join survey in db.Surveys on invitation.SurveyId equals survey.Id
                join stakeholder in db.Stakeholders on invitation.StakeholderId equals stakeholder.Id into stakeholders
                from stakeholder in stakeholders.DefaultIfEmpty()
                where survey.Status == SurveyStatus.Open && invitation.Email != null && invitation.SuppressedAt == null
                      && invitation.BouncedAt == null && invitation.AnsweredAt == null
                      && (invitation.SentAt == null || invitation.ReminderCount < rules.MaxReminders)
                      && (invitation.ClaimedUntil == null || invitation.ClaimedUntil < now)
                select new { invitation, SurveyName = survey.Name, StakeholderName = stakeholder == null ? null : stakeholder.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var due = new List<OutgoingEmail>();
        foreach (var row in rows.Where(r => r.invitation.ExpiresAt is not { } expiry || expiry > now))
        {
            var invitation = row.invitation;
            var kind = invitation.SentAt is null ? InvitationEmailKind.Invitation : InvitationEmailKind.Reminder;
            if (kind == InvitationEmailKind.Reminder && !(rules.NextReminderAt(invitation) is { } next && next <= now))
            {
                continue;
            }
            // A token Dyad cannot make again came with a participant list or predates derived tokens: its link is with
            // the person already, and an e-mail with a new one would leave two links to one invitation.
            if (links.For(invitation) is not { } link)
            {
                continue;
            }
            due.Add(new OutgoingEmail(invitation.Id, kind, invitation.Email!, invitation.Language, workspaceName, row.SurveyName,
                row.StakeholderName, link, invitation.ReminderCount));
        }
        return due;
    }

    /// <summary>Takes the e-mail for this sender; false when another sender has it or it no longer needs sending.</summary>
    public async Task<bool> TryClaimAsync(OutgoingEmail email, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimLease;
        var free = db.SurveyInvitations.Where(i => i.Id == email.InvitationId && i.BouncedAt == null && i.AnsweredAt == null
                                                   && (i.ClaimedUntil == null || i.ClaimedUntil < now));
        var still = email.Kind == InvitationEmailKind.Invitation
            ? free.Where(i => i.SentAt == null)
            : free.Where(i => i.SentAt != null && i.ReminderCount == email.ReminderCount);
        return await still.ExecuteAuditedUpdateAsync(db, s => s.SetProperty(i => i.ClaimedUntil, until), cancellationToken) == 1;
    }

    public async Task MarkSentAsync(OutgoingEmail email, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await UpdateAsync(email.InvitationId, i =>
        {
            if (email.Kind == InvitationEmailKind.Invitation)
            {
                i.MarkSent(now);
            }
            else
            {
                i.MarkReminded(now);
            }
        }, cancellationToken);

    public async Task MarkBouncedAsync(OutgoingEmail email, string reason, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await UpdateAsync(email.InvitationId, i => i.MarkBounced(reason, now), cancellationToken);

    /// <summary>Gives the e-mail back unsent (the mail server could not be reached), so the next pass retries it.</summary>
    public async Task ReleaseAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SurveyInvitations.Where(i => i.Id == email.InvitationId)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(i => i.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private async Task UpdateAsync(Guid id, Action<SurveyInvitation> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await db.SurveyInvitations.SingleAsync(i => i.Id == id, cancellationToken);
        change(invitation);
        await db.SaveChangesAsync(cancellationToken);
    }
}
