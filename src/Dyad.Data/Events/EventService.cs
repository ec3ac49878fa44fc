using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Events;

/// <summary>The critical-event log: events with their people, practices and evidence.</summary>
public sealed class EventService(IDbContextFactory<DyadDbContext> contexts, EvidenceFiles files, TimeProvider clock)
{
    /// <summary>The event list's sort keys for the API; <c>occurred_on</c> ascending (oldest first) unless asked otherwise.</summary>
    public static readonly CursorSort<CriticalEvent> Sorts = new CursorSort<CriticalEvent>(e => e.Id)
        .By("occurred_on", e => e.OccurredOn, SortOrder.Asc)
        .By("logged_at", e => e.LoggedAt)
        .By("phase", e => e.Phase)
        .By("title", e => e.Title);

    public async Task<IReadOnlyList<EventSummary>> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The joins keep the events' order: it is the outer side of each.
        return await Summaries(db, Filter(db.CriticalEvents, filter).OrderBy(e => e.OccurredOn).ThenBy(e => e.Phase).ThenBy(e => e.Sequence))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A page of the filtered events.</summary>
    public async Task<CursorPage<EventSummary>> PageAsync(EventFilter filter, CursorRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await Sorts.PageAsync(Filter(db.CriticalEvents.AsNoTracking(), filter), page, cancellationToken);
        var ids = events.Items.Select(e => e.Id).ToList();
        var summaries = await Summaries(db, db.CriticalEvents.Where(e => ids.Contains(e.Id))).ToDictionaryAsync(e => e.Id, cancellationToken);
        return events.Select(e => summaries[e.Id]);
    }

    private static IQueryable<EventSummary> Summaries(DyadDbContext db, IQueryable<CriticalEvent> events) =>
        from e in events
        join account in db.Accounts on e.AccountId equals account.Id
        join journey in db.Journeys on e.JourneyId equals journey.Id
        join phase in db.JourneyPhases on new { e.TemplateId, Number = e.Phase } equals new { phase.TemplateId, phase.Number }
        select new EventSummary(
            e.Id, e.Phase + "." + e.Sequence, e.AccountId, account.Name, e.JourneyId, journey.Name, e.Phase, phase.Name,
            e.OccurredOn, e.Title, e.StateBefore, e.StateAfter, e.BeyondRepair,
            db.EventPractices.Count(p => p.EventId == e.Id),
            db.EventPractices.Any(p => p.EventId == e.Id
                                       && db.Practices.Any(x => x.Id == p.PracticeId && x.Polarity == Core.Practices.PracticePolarity.Destructing)));

    public async Task<EventView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var e = await db.CriticalEvents.AsNoTracking().Include(x => x.Participants).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return null;
        }
        var accountName = await db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var journeyName = await db.Journeys.Where(j => j.Id == e.JourneyId).Select(j => j.Name).SingleAsync(cancellationToken);
        var phaseName = await db.JourneyPhases.Where(p => p.TemplateId == e.TemplateId && p.Number == e.Phase).Select(p => p.Name).SingleAsync(cancellationToken);
        var touchpointName = e.TouchpointId is { } touchpointId
            ? await db.Touchpoints.Where(t => t.Id == touchpointId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var stakeholderIds = e.Participants.Select(p => p.StakeholderId).ToList();
        var participants = await db.Stakeholders.Where(s => stakeholderIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new ParticipantView(s.Id, s.Name, s.JobTitle))
            .ToListAsync(cancellationToken);
        var practices = await (
                from use in db.EventPractices
                join practice in db.Practices on use.PracticeId equals practice.Id
                where use.EventId == id
                orderby practice.Name
                select new { use, practice.Name, practice.Polarity })
            .ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(x => x.EventId == id).OrderBy(x => x.AddedAt).ToListAsync(cancellationToken);
        var evidenceIds = evidence.Select(x => x.Id).ToList();
        var codes = await (
                from coding in db.EvidenceCodings
                join code in db.FirstOrderCodes on coding.CodeId equals code.Id
                where evidenceIds.Contains(coding.EvidenceId)
                orderby code.Label
                select new { coding.EvidenceId, View = new CodeView(code.Id, code.Label, code.PracticeId) })
            .ToListAsync(cancellationToken);
        return new EventView(
            e.Id, e.CaseId, e.AccountId, accountName, e.JourneyId, journeyName, e.Phase, phaseName, e.OccurredOn, e.LoggedAt,
            e.TouchpointId, touchpointName, e.Title, e.WhatHappened, e.ProviderAction, e.CustomerReaction, e.Outcome,
            e.StateBefore, e.StateAfter, e.BeyondRepair, e.Experience.Improved, e.Experience.Worsened, e.ProviderStaff, participants,
            practices.Select(p => new EventPracticeView(p.use.Id, p.use.PracticeId, p.Name, p.Polarity, p.use.Organization, p.use.Engagement,
                p.use.Effect, p.use.Mode?.Quadrant)).ToList(),
            evidence.Select(x => new EvidenceView(x.Id, x.Kind, x.Text, x.Source, x.Page, x.AddedAt, x.File?.FileName, x.File?.ContentType,
                x.File?.Size, codes.Where(c => c.EvidenceId == x.Id).Select(c => c.View).ToList())).ToList());
    }

    /// <summary>Logs an event on one of the account's journeys and gives it the next case id of its phase.</summary>
    /// <returns>The event's id, or null when the account does not exist in the workspace.</returns>
    public async Task<Guid?> LogAsync(Guid accountId, CriticalEventDetails details, IReadOnlyList<PracticeUse>? practices = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var (journey, template) = await JourneyOfAccountAsync(db, accountId, details, cancellationToken);
        await CheckReferencesAsync(db, accountId, details, cancellationToken);
        var criticalEvent = new CriticalEvent(accountId, journey, template, details,
            await NextSequenceAsync(db, template.Id, details.Phase, cancellationToken), clock.GetUtcNow());
        db.CriticalEvents.Add(criticalEvent);
        foreach (var (use, index) in (practices ?? []).Select((use, index) => (use, index)))
        {
            db.EventPractices.Add(await NewPracticeUseAsync(db, criticalEvent, use, $"{nameof(practices)}[{index}].", cancellationToken));
        }
        await db.SaveOrConflictAsync("Another event took this case id at the same moment; log it again.", cancellationToken);
        return criticalEvent.Id;
    }

    public async Task<bool> UpdateAsync(Guid id, CriticalEventDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var criticalEvent = await db.CriticalEvents.Include(e => e.Participants).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (criticalEvent is null)
        {
            return false;
        }
        var (journey, template) = await JourneyOfAccountAsync(db, criticalEvent.AccountId, details, cancellationToken);
        await CheckReferencesAsync(db, criticalEvent.AccountId, details, cancellationToken);
        criticalEvent.Update(journey, template, details, await NextSequenceAsync(db, template.Id, details.Phase, cancellationToken));
        await db.SaveOrConflictAsync("Another event took this case id at the same moment; save again.", cancellationToken);
        return true;
    }

    /// <summary>Deletes the event; the database takes its practices, evidence and codings with it, and its stored files go after.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await EvidenceFiles.UnderAsync(db.Evidence.Where(e => e.EventId == id), cancellationToken);
        if (await db.CriticalEvents.Where(e => e.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) == 0)
        {
            return false;
        }
        files.Delete(stored);
        return true;
    }

    public async Task<EventPracticeView?> AddPracticeAsync(Guid eventId, PracticeUse use, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var criticalEvent = await db.CriticalEvents.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (criticalEvent is null)
        {
            return null;
        }
        var instance = await NewPracticeUseAsync(db, criticalEvent, use, "", cancellationToken);
        db.EventPractices.Add(instance);
        await db.SaveChangesAsync(cancellationToken);
        var practice = await db.Practices.SingleAsync(p => p.Id == use.PracticeId, cancellationToken);
        return new EventPracticeView(instance.Id, practice.Id, practice.Name, practice.Polarity, instance.Organization, instance.Engagement,
            instance.Effect, instance.Mode?.Quadrant);
    }

    public async Task<bool> SetPracticeModesAsync(Guid eventId, Guid usageId, PracticeUse use, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var instance = await db.EventPractices.SingleOrDefaultAsync(p => p.Id == usageId && p.EventId == eventId, cancellationToken);
        if (instance is null)
        {
            return false;
        }
        var practice = await db.Practices.SingleAsync(p => p.Id == instance.PracticeId, cancellationToken);
        instance.SetModes(practice, use.Organization, use.Engagement);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemovePracticeAsync(Guid eventId, Guid usageId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EventPractices.Where(p => p.Id == usageId && p.EventId == eventId).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    /// <summary>The experience states an account went through, event by event, for its timeline.</summary>
    public async Task<IReadOnlyList<ExperiencePoint>> ExperienceTimelineAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from e in db.CriticalEvents
                join journey in db.Journeys on e.JourneyId equals journey.Id
                where e.AccountId == accountId
                orderby e.OccurredOn, e.LoggedAt
                select new ExperiencePoint(e.Id, e.Phase + "." + e.Sequence, e.OccurredOn, e.Title, journey.Name, e.StateBefore, e.StateAfter, e.BeyondRepair))
            .ToListAsync(cancellationToken);
    }

    internal static IQueryable<CriticalEvent> Filter(IQueryable<CriticalEvent> events, EventFilter filter)
    {
        if (filter.AccountId is { } accountId)
        {
            events = events.Where(e => e.AccountId == accountId);
        }
        if (filter.AccountIds is { } accountIds)
        {
            events = events.Where(e => accountIds.Contains(e.AccountId));
        }
        if (filter.JourneyId is { } journeyId)
        {
            events = events.Where(e => e.JourneyId == journeyId);
        }
        if (filter.Phase is { } phase)
        {
            events = events.Where(e => e.Phase == phase);
        }
        if (filter.From is { } from)
        {
            events = events.Where(e => e.OccurredOn >= from);
        }
        if (filter.To is { } to)
        {
            events = events.Where(e => e.OccurredOn <= to);
        }
        return events;
    }

    private static async Task<(Journey, JourneyTemplate)> JourneyOfAccountAsync(DyadDbContext db, Guid accountId, CriticalEventDetails details, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.SingleOrDefaultAsync(j => j.Id == details.JourneyId && j.AccountId == accountId, cancellationToken)
                      ?? throw DomainValidationException.For(nameof(details.JourneyId), "Choose one of this account's journeys.");
        var template = await db.JourneyTemplates.SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        return (journey, template);
    }

    private static async Task CheckReferencesAsync(DyadDbContext db, Guid accountId, CriticalEventDetails details, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (details.TouchpointId is { } touchpointId
            && !await db.Touchpoints.AnyAsync(t => t.Id == touchpointId && t.JourneyId == details.JourneyId, cancellationToken))
        {
            errors.Add(nameof(details.TouchpointId), "The touchpoint must belong to the event's journey.");
        }
        var stakeholderIds = (details.StakeholderIds ?? []).Distinct().ToList();
        if (stakeholderIds.Count > 0
            && await db.Stakeholders.CountAsync(s => stakeholderIds.Contains(s.Id) && s.AccountId == accountId, cancellationToken) != stakeholderIds.Count)
        {
            errors.Add(nameof(details.StakeholderIds), "The people involved must be stakeholders of this account.");
        }
        errors.ThrowIfAny();
    }

    private static async Task<int> NextSequenceAsync(DyadDbContext db, Guid templateId, int phase, CancellationToken cancellationToken) =>
        (await db.CriticalEvents.Where(e => e.TemplateId == templateId && e.Phase == phase)
            .MaxAsync(e => (int?)e.Sequence, cancellationToken) ?? 0) + 1;

    /// <param name="field">Where the use sits among several, e.g. "practices[1].", so a refusal names which one.</param>
    private static async Task<EventPractice> NewPracticeUseAsync(DyadDbContext db, CriticalEvent criticalEvent, PracticeUse use, string field,
        CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == use.PracticeId, cancellationToken)
                       ?? throw DomainValidationException.For(field + nameof(PracticeUse.PracticeId), "Choose a practice of this workspace's catalogue.");
        try
        {
            return new EventPractice(criticalEvent, practice, use.Organization, use.Engagement);
        }
        catch (DomainValidationException invalid)
        {
            throw invalid.Within(field);
        }
    }
}
