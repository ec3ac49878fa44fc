using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>A critical event with what the exports show of it: its place, its text, its evidence and their codes.</summary>
internal sealed record CodedEvent(
    Guid Id,
    string CaseId,
    string AccountName,
    string JourneyName,
    int Phase,
    string PhaseName,
    DateOnly OccurredOn,
    DateTimeOffset LoggedAt,
    string Title,
    string WhatHappened,
    string? ProviderAction,
    string? CustomerReaction,
    string? Outcome,
    ExperienceState StateBefore,
    ExperienceState StateAfter,
    bool BeyondRepair,
    IReadOnlyList<CodedEvidence> Evidence,
    IReadOnlyList<PracticeUseRow> Practices);

internal sealed record CodedEvidence(Guid Id, EvidenceKind Kind, string Text, string? Source, string? Page, string? FileName, IReadOnlyList<CodingRow> Codings);

internal sealed record CodingRow(Guid Id, Guid CodeId);

internal sealed record PracticeUseRow(Guid Id, Guid PracticeId);

/// <summary>The workspace's Gioia data structure as stored: dimensions, practices, first-order codes.</summary>
internal sealed record CodeBook(IReadOnlyList<AggregateDimension> Dimensions, IReadOnlyList<Practice> Practices, IReadOnlyList<FirstOrderCode> Codes);

/// <summary>Loads the coded events and the code book the REFI-QDA and CSV exports and the import work from.</summary>
internal static class CodedEvents
{
    public static async Task<CodeBook> CodeBookAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        new(await db.AggregateDimensions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken),
            await db.Practices.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken),
            await db.FirstOrderCodes.AsNoTracking().OrderBy(c => c.Label).ToListAsync(cancellationToken));

    /// <param name="ids">The events to load; all of the workspace's when null.</param>
    public static async Task<IReadOnlyList<CodedEvent>> LoadAsync(DyadDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var events = db.CriticalEvents.AsNoTracking();
        var evidence = db.Evidence.AsNoTracking();
        var codings = db.EvidenceCodings.AsNoTracking();
        var practices = db.EventPractices.AsNoTracking();
        if (ids is not null)
        {
            events = events.Where(e => ids.Contains(e.Id));
            evidence = evidence.Where(x => ids.Contains(x.EventId));
            codings = codings.Where(c => evidence.Any(x => x.Id == c.EvidenceId));
            practices = practices.Where(p => ids.Contains(p.EventId));
        }
        var rows = await (
                from e in events
                join account in db.Accounts on e.AccountId equals account.Id
                join journey in db.Journeys on e.JourneyId equals journey.Id
                join phase in db.JourneyPhases on new { e.TemplateId, Number = e.Phase } equals new { phase.TemplateId, phase.Number }
                orderby e.OccurredOn, e.Phase, e.Sequence, e.Id
                select new { Event = e, Account = account.Name, Journey = journey.Name, PhaseName = phase.Name })
            .ToListAsync(cancellationToken);
        var evidenceByEvent = (await evidence.OrderBy(x => x.AddedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken)).ToLookup(x => x.EventId);
        var codingsByEvidence = (await codings.ToListAsync(cancellationToken)).ToLookup(c => c.EvidenceId);
        var practicesByEvent = (await practices.ToListAsync(cancellationToken)).ToLookup(p => p.EventId);

        return rows.Select(r => new CodedEvent(
                r.Event.Id, r.Event.CaseId, r.Account, r.Journey, r.Event.Phase, r.PhaseName, r.Event.OccurredOn, r.Event.LoggedAt,
                r.Event.Title, r.Event.WhatHappened, r.Event.ProviderAction, r.Event.CustomerReaction, r.Event.Outcome,
                r.Event.StateBefore, r.Event.StateAfter, r.Event.BeyondRepair,
                evidenceByEvent[r.Event.Id]
                    .Select(x => new CodedEvidence(x.Id, x.Kind, x.Text, x.Source, x.Page, x.File?.FileName,
                        codingsByEvidence[x.Id].Select(c => new CodingRow(c.Id, c.CodeId)).ToList()))
                    .ToList(),
                practicesByEvent[r.Event.Id].Select(p => new PracticeUseRow(p.Id, p.PracticeId)).ToList()))
            .ToList();
    }

    /// <summary>A download's name: <c>dyad-demo-coding.qdpx</c>.</summary>
    public static async Task<string> FileNameAsync(DyadDbContext db, string suffix, CancellationToken cancellationToken)
    {
        var workspaceId = db.Scope.Required;
        var slug = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Slug).SingleAsync(cancellationToken);
        return $"dyad-{slug}-{suffix}";
    }
}
