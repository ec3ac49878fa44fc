using Dyad.Core.Common;
using Dyad.Core.Experiences;
using Dyad.Core.Surveys;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Experiences;

/// <summary>Creating, revising, archiving and linking target experiences; every change of a definition is kept as a version.</summary>
public sealed class TargetExperienceService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<TargetExperienceView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experience = await db.TargetExperiences.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (experience is null)
        {
            return null;
        }
        var links = await db.TargetExperienceLinks.AsNoTracking().Where(l => l.TargetExperienceId == id).ToListAsync(cancellationToken);
        var labels = await LinkLabels.ForAsync(db, links, cancellationToken);
        return new TargetExperienceView(experience.Id, experience.Definition, experience.Version, experience.ArchivedAt,
            links.Select(l => LinkLabels.View(l, labels)).OrderBy(l => l.Kind).ThenBy(l => l.Label, StringComparer.OrdinalIgnoreCase).ToArray());
    }

    public async Task<TargetExperienceView> CreateAsync(TargetExperienceDefinition definition, Actor by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (experience, first) = TargetExperience.Create(db.Scope.Required, definition, by.Name, clock.GetUtcNow());
        db.TargetExperiences.Add(experience);
        db.TargetExperienceVersions.Add(first);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(experience.Id, cancellationToken))!;
    }

    /// <returns>The experience after the change (unchanged and without a new version when nothing differed), or null if unknown.</returns>
    public Task<TargetExperienceView?> ReviseAsync(Guid id, TargetExperienceDefinition definition, Actor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, experience => experience.Revise(definition, by.Name, clock.GetUtcNow()), cancellationToken);

    public Task<TargetExperienceView?> ArchiveAsync(Guid id, Actor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, experience => experience.Archive(by.Name, clock.GetUtcNow()), cancellationToken);

    public Task<TargetExperienceView?> RestoreAsync(Guid id, Actor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, experience => experience.Restore(by.Name, clock.GetUtcNow()), cancellationToken);

    public async Task<IReadOnlyList<VersionView>?> VersionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.TargetExperiences.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return null;
        }
        var versions = await db.TargetExperienceVersions.AsNoTracking().Where(v => v.TargetExperienceId == id)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return versions.Select(v => new VersionView(v.Number, v.Change, v.ChangedBy, v.ChangedAt, v.Definition)).ToArray();
    }

    /// <returns>The differences, or null when the experience or one of the versions does not exist.</returns>
    public async Task<VersionDiff?> DiffAsync(Guid id, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.TargetExperienceVersions.AsNoTracking()
            .Where(v => v.TargetExperienceId == id && (v.Number == from || v.Number == to))
            .ToDictionaryAsync(v => v.Number, v => v.Definition, cancellationToken);
        return versions.TryGetValue(from, out var before) && versions.TryGetValue(to, out var after)
            ? new VersionDiff(from, to, DefinitionDiff.Between(before, after))
            : null;
    }

    /// <returns>The new link, or null when the experience does not exist; a target the workspace lacks is a field error.</returns>
    public async Task<LinkView?> AddLinkAsync(Guid id, NewLink request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experience = await db.TargetExperiences.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (experience is null)
        {
            return null;
        }
        var link = await BuildAsync(db, experience, request, cancellationToken);
        var existing = await db.TargetExperienceLinks.AsNoTracking().Where(l => l.TargetExperienceId == id && l.Kind == link.Kind).ToListAsync(cancellationToken);
        if (existing.Any(l => SameTarget(l, link)))
        {
            throw DomainValidationException.For("kind", "The target experience is linked to this already.");
        }
        db.TargetExperienceLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return LinkLabels.View(link, await LinkLabels.ForAsync(db, [link], cancellationToken));
    }

    public async Task<bool> RemoveLinkAsync(Guid id, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TargetExperienceLinks.Where(l => l.Id == linkId && l.TargetExperienceId == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    public async Task<LinkTargets> LinkTargetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await db.JourneyTemplates.Include(t => t.Phases).AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var touchpoints = await (
                from touchpoint in db.Touchpoints
                join journey in db.Journeys on touchpoint.JourneyId equals journey.Id
                join account in db.Accounts on journey.AccountId equals account.Id
                orderby account.Name, journey.Name, touchpoint.Phase, touchpoint.Name
                select new TouchpointTarget(touchpoint.Id, touchpoint.Name + " (" + account.Name + " · " + journey.Name + ")"))
            .ToListAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var questions = surveys
            .SelectMany(s => s.Questions
                .Where(q => q.Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Matrix or QuestionType.SingleChoice or QuestionType.MultipleChoice)
                .Select(q => new QuestionTarget(s.Id, s.Name, q.Key, LinkLabels.Text(q.Text, s.Languages), q.Type,
                    (q.Options ?? []).Select(o => (o.Key, LinkLabels.Text(o.Text, s.Languages))).ToArray())))
            .ToArray();
        var codebook = await CodebookService.CombinedAsync(db, cancellationToken);
        return new LinkTargets(
            templates.Select(t => new TemplateTarget(t.Id, t.Name, t.PhasesInOrder.Select(p => (p.Number, p.Name)).ToArray())).ToArray(),
            touchpoints, questions,
            codebook.Codebook.Keywords.Select(k => k.Keyword).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    private async Task<TargetExperienceView?> ChangeAsync(Guid id, Func<TargetExperience, TargetExperienceVersion?> change,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experience = await db.TargetExperiences.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (experience is null)
        {
            return null;
        }
        if (change(experience) is { } version)
        {
            db.TargetExperienceVersions.Add(version);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The unique version number: another save of the same experience got there first.
                throw new ConflictException("Someone else changed this target experience at the same moment; reload it and apply your change again.");
            }
        }
        return await GetAsync(id, cancellationToken);
    }

    private static async Task<TargetExperienceLink> BuildAsync(DyadDbContext db, TargetExperience experience, NewLink request, CancellationToken cancellationToken)
    {
        switch (request.Kind)
        {
            case LinkKind.JourneyTemplate or LinkKind.Phase:
                var template = await db.JourneyTemplates.Include(t => t.Phases).AsNoTracking()
                                   .SingleOrDefaultAsync(t => t.Id == request.JourneyTemplateId, cancellationToken)
                               ?? throw DomainValidationException.For("journeyTemplateId", "No journey template with this id in the workspace.");
                return request.Kind == LinkKind.JourneyTemplate
                    ? TargetExperienceLink.ToTemplate(experience, template)
                    : TargetExperienceLink.ToPhase(experience, template,
                        request.Phase ?? throw DomainValidationException.For("phase", "Phase is required."));
            case LinkKind.Touchpoint:
                var touchpoint = await db.Touchpoints.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.TouchpointId, cancellationToken)
                                 ?? throw DomainValidationException.For("touchpointId", "No touchpoint with this id in the workspace.");
                return TargetExperienceLink.ToTouchpoint(experience, touchpoint);
            case LinkKind.SurveyQuestion or LinkKind.EmotionPickList:
                var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SurveyId, cancellationToken)
                             ?? throw DomainValidationException.For("surveyId", "No survey with this id in the workspace.");
                return request.Kind == LinkKind.SurveyQuestion
                    ? TargetExperienceLink.ToQuestion(experience, survey, request.QuestionKey ?? "", request.LowerIsBetter)
                    : TargetExperienceLink.ToEmotions(experience, survey, request.QuestionKey ?? "", request.EvokeOptions, request.AvoidOptions);
            case LinkKind.Keyword:
                var codebook = await CodebookService.CombinedAsync(db, cancellationToken);
                return TargetExperienceLink.ToKeyword(experience, request.Keyword, codebook.Codebook.Keywords.Select(k => k.Keyword));
            default:
                throw DomainValidationException.For("kind",
                    $"Kind must be one of: {string.Join(", ", Enum.GetNames<LinkKind>().Select(EnumText.ToSnakeCase))}.");
        }
    }

    private static bool SameTarget(TargetExperienceLink a, TargetExperienceLink b) =>
        a.JourneyTemplateId == b.JourneyTemplateId && a.Phase == b.Phase && a.TouchpointId == b.TouchpointId && a.SurveyId == b.SurveyId
        && a.QuestionKey == b.QuestionKey && string.Equals(a.Keyword, b.Keyword, StringComparison.OrdinalIgnoreCase);
}
