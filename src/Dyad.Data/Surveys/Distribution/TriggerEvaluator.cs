using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>
/// One look at the workspace's active triggers of open surveys: what happened that is due a survey now, and who is to
/// be invited for it. Each invitation is named by its cause, so a second look (another pass, another instance, after a
/// restart) finds it made and invites nobody again.
/// </summary>
public sealed class TriggerEvaluator(IDbContextFactory<DyadDbContext> contexts, SurveyLinks links)
{
    private sealed record Cause(string Key, Guid AccountId, SurveyContext Context, IReadOnlyCollection<Guid> Involved);

    /// <returns>How many invitations were made, suppressed ones included.</returns>
    public async Task<int> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var triggers = await (
                from trigger in db.SurveyTriggers
                join survey in db.Surveys on trigger.SurveyId equals survey.Id
                where trigger.IsActive && survey.Status == SurveyStatus.Open
                select new { trigger, survey })
            .ToListAsync(cancellationToken);
        var made = 0;
        foreach (var row in triggers)
        {
            var causes = row.trigger.Kind switch
            {
                TriggerKind.TouchpointOccurred => await OccurrencesAsync(db, row.trigger, now, cancellationToken),
                TriggerKind.PhaseEntered => await PhaseEntriesAsync(db, row.trigger, now, cancellationToken),
                _ => await RoundAsync(db, row.trigger, now, cancellationToken),
            };
            made += await InviteAsync(db, row.survey, row.trigger, causes, now, cancellationToken);
        }
        return made;
    }

    private static async Task<IReadOnlyList<Cause>> OccurrencesAsync(DyadDbContext db, SurveyTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = trigger.DueWindow(now);
        var query =
            from occurrence in db.TouchpointOccurrences
            join touchpoint in db.Touchpoints on occurrence.TouchpointId equals touchpoint.Id
            where occurrence.OccurredAt >= start && occurrence.OccurredAt <= end
            select new { occurrence, touchpoint };
        if (trigger.TouchpointId is { } touchpointId)
        {
            query = query.Where(r => r.occurrence.TouchpointId == touchpointId);
        }
        if (trigger.Channel is { } channel)
        {
            query = query.Where(r => r.touchpoint.Channel == channel);
        }
        if (trigger.TouchpointName is { } name)
        {
            var lower = name.ToLowerInvariant();
            query = query.Where(r => r.touchpoint.Name.ToLower() == lower);
        }
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Where(r => trigger.Matches(r.touchpoint) && trigger.IsDue(r.occurrence.OccurredAt, now))
            .Select(r => new Cause(SurveyTrigger.OccurrenceCause(r.occurrence.Id), r.occurrence.AccountId,
                new SurveyContext(r.occurrence.JourneyId, r.touchpoint.Phase, r.touchpoint.Id), r.occurrence.StakeholderIds))
            .ToList();
    }

    private static async Task<IReadOnlyList<Cause>> PhaseEntriesAsync(DyadDbContext db, SurveyTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = trigger.DueWindow(now);
        var rows = await (
                from change in db.JourneyPhaseChanges
                join journey in db.Journeys on change.JourneyId equals journey.Id
                where journey.TemplateId == trigger.TemplateId && change.ToPhase == trigger.Phase && change.ChangedAt >= start && change.ChangedAt <= end
                select new { change.Id, change.ChangedAt, change.ToPhase, journey.TemplateId, JourneyId = journey.Id, journey.AccountId })
            .ToListAsync(cancellationToken);
        return rows.Where(r => trigger.Matches(r.TemplateId, r.ToPhase) && trigger.IsDue(r.ChangedAt, now))
            .Select(r => new Cause(SurveyTrigger.PhaseChangeCause(r.Id), r.AccountId, new SurveyContext(r.JourneyId, r.ToPhase), []))
            .ToList();
    }

    private static async Task<IReadOnlyList<Cause>> RoundAsync(DyadDbContext db, SurveyTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (trigger.CurrentRound(now) is not { } round)
        {
            return [];
        }
        var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.Segment }).ToListAsync(cancellationToken);
        return accounts.Where(a => trigger.CoversSegment(a.Segment))
            .Select(a => new Cause(SurveyTrigger.RoundCause(round), a.Id, SurveyContext.None, []))
            .ToList();
    }

    private async Task<int> InviteAsync(DyadDbContext db, Survey survey, SurveyTrigger trigger, IReadOnlyList<Cause> causes, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (causes.Count == 0)
        {
            return 0;
        }
        var accountIds = causes.Select(c => c.AccountId).Distinct().ToList();
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => accountIds.Contains(s.AccountId) && s.Email != null)
            .ToListAsync(cancellationToken);
        var byAccount = stakeholders.ToLookup(s => s.AccountId);
        var invitees = causes
            .SelectMany(c => byAccount[c.AccountId].Where(s => trigger.Audience.Includes(s, c.Involved))
                .Select(s => new Invitee(s, DedupKey: trigger.DedupKey(c.Key, s.Id), Context: c.Context, TriggerId: trigger.Id)))
            .ToList();
        var keys = invitees.Select(i => i.DedupKey!).ToList();
        var existing = (await db.SurveyInvitations.Where(i => keys.Contains(i.DedupKey!)).Select(i => i.DedupKey!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = invitees.Where(i => !existing.Contains(i.DedupKey!)).ToList();
        return fresh.Count == 0 ? 0 : (await InvitationIssuer.IssueAsync(db, survey, fresh, links.Key, now, cancellationToken: cancellationToken)).Count;
    }
}
