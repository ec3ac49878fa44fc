using System.Net.Mail;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>Inviting people to a survey by hand, listing the invitations with their tracking, and revoking unsent ones.</summary>
public sealed class InvitationService(IDbContextFactory<DyadDbContext> contexts, SurveyLinks links, TimeProvider clock)
{
    /// <returns>The invitations made (suppressed ones included), or null when the survey does not exist in the workspace.</returns>
    public async Task<IReadOnlyList<InvitationView>?> InviteAsync(Guid surveyId, InviteRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var errors = new FieldErrors().Defined(nameof(request.Audience), request.Audience, "Audience");
        if (request.Audience == TriggerAudience.Involved)
        {
            errors.Add(nameof(request.Audience), "Invite all stakeholders of the accounts, the decision-making unit or users.");
        }
        var stakeholderIds = (request.StakeholderIds ?? []).Distinct().ToList();
        var accountIds = (request.AccountIds ?? []).Distinct().ToList();
        var emails = (request.Emails ?? []).Select(e => (e ?? "").Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var (email, index) in emails.Select((e, i) => (e, i)))
        {
            if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            {
                errors.Add($"{nameof(request.Emails)}[{index}]", $"'{email}' is not an e-mail address.");
            }
        }
        var named = await db.Stakeholders.Where(s => stakeholderIds.Contains(s.Id)).ToListAsync(cancellationToken);
        if (named.Count != stakeholderIds.Count)
        {
            errors.Add(nameof(request.StakeholderIds), "Some stakeholders do not exist in this workspace.");
        }
        var knownAccounts = await db.Accounts.CountAsync(a => accountIds.Contains(a.Id), cancellationToken);
        if (knownAccounts != accountIds.Count)
        {
            errors.Add(nameof(request.AccountIds), "Some accounts do not exist in this workspace.");
        }
        var ofAccounts = (await db.Stakeholders.Where(s => accountIds.Contains(s.AccountId) && s.Email != null).ToListAsync(cancellationToken))
            .Where(s => request.Audience.Includes(s, []));
        var stakeholders = named.Concat(ofAccounts).DistinctBy(s => s.Id).ToList();
        if (stakeholders.Count == 0 && emails.Count == 0)
        {
            errors.Add(nameof(request.StakeholderIds), "Nobody to invite: name stakeholders, accounts with stakeholders who have an e-mail address, or e-mail addresses.");
        }
        errors.ThrowIfAny();

        var invitees = stakeholders.Select(s => new Invitee(s)).Concat(emails.Select(e => new Invitee(null, e))).ToList();
        var issued = await InvitationIssuer.IssueAsync(db, survey, invitees, links.Key, clock.GetUtcNow(), request.Language, request.ExpiresAt, cancellationToken);
        var ids = issued.Select(i => i.Id).ToList();
        return await ViewsAsync(db, db.SurveyInvitations.Where(i => ids.Contains(i.Id)), cancellationToken);
    }

    /// <summary>The invitation list's sort keys for the API; <c>created_at</c> descending (newest first) unless asked otherwise.</summary>
    public static readonly CursorSort<SurveyInvitation> Sorts = new CursorSort<SurveyInvitation>(i => i.Id)
        .By("created_at", i => i.CreatedAt, SortOrder.Desc)
        .By("sent_at", i => i.SentAt)
        .By("answered_at", i => i.AnsweredAt)
        .By("email", i => i.Email);

    /// <returns>The survey's invitations, newest first, or null when the survey does not exist in the workspace.</returns>
    public async Task<IReadOnlyList<InvitationView>?> ListAsync(Guid surveyId, InvitationStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var views = await ViewsAsync(db, OfSurvey(db, surveyId, status), cancellationToken);
        return views.OrderByDescending(v => v.CreatedAt).ToList();
    }

    /// <returns>A page of the survey's invitations, or null when the survey does not exist in the workspace.</returns>
    public async Task<CursorPage<InvitationView>?> PageAsync(Guid surveyId, InvitationStatus? status, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var invitations = await Sorts.PageAsync(OfSurvey(db, surveyId, status).AsNoTracking(), page, cancellationToken);
        var ids = invitations.Items.Select(i => i.Id).ToList();
        var views = (await ViewsAsync(db, db.SurveyInvitations.Where(i => ids.Contains(i.Id)), cancellationToken)).ToDictionary(v => v.Id);
        return invitations.Select(i => views[i.Id]);
    }

    /// <summary>The survey's invitations, of one status when given: <see cref="SurveyInvitation.Status"/> is derived, so this spells it out for SQL.</summary>
    private static IQueryable<SurveyInvitation> OfSurvey(DyadDbContext db, Guid surveyId, InvitationStatus? status)
    {
        var invitations = db.SurveyInvitations.Where(i => i.SurveyId == surveyId);
        return status switch
        {
            null => invitations,
            InvitationStatus.Suppressed => invitations.Where(i => i.SuppressedAt != null),
            InvitationStatus.Answered => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt != null),
            InvitationStatus.Started => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt == null && i.StartedAt != null),
            InvitationStatus.Opened => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt == null && i.StartedAt == null && i.OpenedAt != null),
            InvitationStatus.Bounced => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt == null && i.StartedAt == null && i.OpenedAt == null
                                                               && i.BouncedAt != null),
            InvitationStatus.Sent => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt == null && i.StartedAt == null && i.OpenedAt == null
                                                            && i.BouncedAt == null && i.SentAt != null),
            InvitationStatus.Pending => invitations.Where(i => i.SuppressedAt == null && i.AnsweredAt == null && i.StartedAt == null && i.OpenedAt == null
                                                               && i.BouncedAt == null && i.SentAt == null),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
    }

    public async Task<InvitationView?> GetAsync(Guid surveyId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.SurveyInvitations.Where(i => i.SurveyId == surveyId && i.Id == id), cancellationToken)).SingleOrDefault();
    }

    /// <summary>Takes back an invitation nobody has received yet; once sent, its link is out and it stays on record.</summary>
    /// <returns>False when there is no such invitation.</returns>
    public async Task<bool> RevokeAsync(Guid surveyId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.SurveyId == surveyId && i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return false;
        }
        if (invitation.SentAt is not null || invitation.OpenedAt is not null)
        {
            throw new ConflictException("The invitation was already sent; its link is out, so it stays on record.");
        }
        var now = clock.GetUtcNow();
        // Only while no sender holds it, so an e-mail on its way is not left without its record.
        var removed = await db.SurveyInvitations
            .Where(i => i.Id == id && i.SentAt == null && (i.ClaimedUntil == null || i.ClaimedUntil < now))
            .ExecuteAuditedDeleteAsync(db, cancellationToken);
        return removed > 0 ? true : throw new ConflictException("The invitation is being sent right now.");
    }

    private async Task<IReadOnlyList<InvitationView>> ViewsAsync(DyadDbContext db, IQueryable<SurveyInvitation> query,
        CancellationToken cancellationToken)
    {
        var rows = await (
                from invitation in query
                join account in db.Accounts on invitation.AccountId equals account.Id into accounts
                from account in accounts.DefaultIfEmpty()
                join stakeholder in db.Stakeholders on invitation.StakeholderId equals stakeholder.Id into stakeholders
                from stakeholder in stakeholders.DefaultIfEmpty()
                select new { invitation, AccountName = account == null ? null : account.Name, StakeholderName = stakeholder == null ? null : stakeholder.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.Select(r => InvitationView.Of(r.invitation, links.For(r.invitation), r.AccountName, r.StakeholderName)).ToList();
    }
}
