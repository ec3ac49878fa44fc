using Dyad.Core.Portal;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>
/// Reads what one account's customers see. Every query here is keyed on the account it is given; the customer path gives
/// the signed-in user's account, the provider's preview the account on screen.
/// </summary>
internal static class PortalReader
{
    public static async Task<PortalHome?> HomeAsync(DyadDbContext db, Guid accountId, Guid? viewerId, string? viewerName, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }
        return new PortalHome(account, viewerName, await JourneysAsync(db, accountId, cancellationToken),
            await DocumentsAsync(db, accountId, viewerId, cancellationToken), await TasksAsync(db, accountId, cancellationToken),
            await QuestionsAsync(db, db.PortalQuestions.Where(q => q.AccountId == accountId), cancellationToken), await TopicsAsync(db, cancellationToken));
    }

    public static async Task<IReadOnlyList<PortalJourneyView>> JourneysAsync(DyadDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var journeys = await db.Journeys.AsNoTracking().Include(j => j.History).Where(j => j.AccountId == accountId).ToListAsync(cancellationToken);
        var templateIds = journeys.Select(j => j.TemplateId).Distinct().ToList();
        var templates = await db.JourneyTemplates.AsNoTracking().Include(t => t.Phases).Where(t => templateIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.AccountId == accountId).ToListAsync(cancellationToken);
        return journeys.OrderBy(j => j.StartedAt).Select(journey =>
        {
            var template = templates[journey.TemplateId];
            var ofJourney = milestones.Where(m => m.JourneyId == journey.Id).ToList();
            var phases = template.PhasesInOrder.Select(p => new PortalPhaseView(p.Number, p.Name, p.Number == journey.CurrentPhase,
                p.Number < journey.CurrentPhase,
                ofJourney.Where(m => m.Phase == p.Number).OrderBy(m => m.DueOn ?? DateOnly.MaxValue).ThenBy(m => m.Title)
                    .Select(MilestoneView.Of).ToList())).ToList();
            var since = journey.History.Where(h => h.ToPhase == journey.CurrentPhase).Select(h => (DateTimeOffset?)h.ChangedAt).Max();
            return new PortalJourneyView(journey.Id, journey.Name, template.Name, journey.CurrentPhase, template.Phase(journey.CurrentPhase).Name,
                since, phases);
        }).ToList();
    }

    public static async Task<IReadOnlyList<DocumentView>> DocumentsAsync(DyadDbContext db, Guid accountId, Guid? viewerId, CancellationToken cancellationToken)
    {
        var documents = await db.PortalDocuments.AsNoTracking().Include(d => d.Versions).Where(d => d.AccountId == accountId).ToListAsync(cancellationToken);
        var followed = viewerId is { } viewer
            ? (await db.DocumentFollows.Where(f => f.CustomerUserId == viewer).Select(f => f.DocumentId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        return documents.Select(d => View(d, followed.Contains(d.Id)))
            .OrderByDescending(d => d.Latest?.UploadedAt).ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static DocumentView View(PortalDocument d, bool following) =>
        new(d.Id, d.Title, d.Kind, d.JourneyId, d.OwnerId, d.OwnerName, following,
            d.Versions.OrderByDescending(v => v.Number)
                .Select(v => new DocumentVersionView(v.Id, v.Number, v.FileName, v.ContentType, v.Size, v.Note, v.UploadedBy, v.UploadedAt)).ToList());

    public static async Task<IReadOnlyList<SharedTaskView>> TasksAsync(DyadDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        (await db.SharedTasks.AsNoTracking().Where(t => t.AccountId == accountId).ToListAsync(cancellationToken))
        .OrderBy(t => t.DoneAt is not null).ThenBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.CreatedAt).Select(SharedTaskView.Of).ToList();

    public static async Task<IReadOnlyList<QuestionView>> QuestionsAsync(DyadDbContext db, IQueryable<PortalQuestion> questions, CancellationToken cancellationToken)
    {
        var list = await questions.AsNoTracking().ToListAsync(cancellationToken);
        var askerIds = list.Select(q => q.CustomerUserId).Distinct().ToList();
        var askers = await db.CustomerUsers.Where(u => askerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var subjects = await SubjectsAsync(db, list, cancellationToken);
        return list.OrderByDescending(q => q.AskedAt).Select(q => new QuestionView(q.Id, q.Text, askers.GetValueOrDefault(q.CustomerUserId, "?"), q.AskedAt,
            q.ExpertName, q.ExpertId, q.RoutedBecause, subjects.GetValueOrDefault(q.Id), q.Answer, q.AnsweredBy, q.AnsweredAt)).ToList();
    }

    public static async Task<IReadOnlyList<TopicView>> TopicsAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        (await db.ExpertTopics.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
        .Select(t => new TopicView(t.Id, t.Name, t.ExpertId, t.ExpertName)).ToList();

    private static async Task<Dictionary<Guid, string>> SubjectsAsync(DyadDbContext db, List<PortalQuestion> questions, CancellationToken cancellationToken)
    {
        var topicIds = questions.Select(q => q.TopicId).OfType<Guid>().ToList();
        var documentIds = questions.Select(q => q.DocumentId).OfType<Guid>().ToList();
        var milestoneIds = questions.Select(q => q.MilestoneId).OfType<Guid>().ToList();
        var topics = await db.ExpertTopics.Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var documents = await db.PortalDocuments.Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, cancellationToken);
        var milestones = await db.Milestones.Where(m => milestoneIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var subjects = new Dictionary<Guid, string>();
        foreach (var q in questions)
        {
            var subject = q.DocumentId is { } d && documents.TryGetValue(d, out var title) ? title
                : q.MilestoneId is { } m && milestones.TryGetValue(m, out var step) ? step
                : q.TopicId is { } t && topics.TryGetValue(t, out var topic) ? topic
                : null;
            if (subject is not null)
            {
                subjects[q.Id] = subject;
            }
        }
        return subjects;
    }
}
