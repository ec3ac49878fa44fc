using Dyad.Core.Accounts;
using Dyad.Core.Experiences;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Health;
using Dyad.Core.Surveys;
using Dyad.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Experiences;

/// <summary>
/// Reads the answers to a target experience's linked measures as attainment points (Core's <see cref="Attainment"/>
/// does the arithmetic), for one experience in a slice, for the list and for the matrix. Computed on read, like the
/// feedback inbox: a change of codebook or of links shows at once.
/// </summary>
public sealed class AttainmentService(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers)
{
    public async Task<AttainmentView?> ForAsync(Guid id, AttainmentSlice slice, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experience = await db.TargetExperiences.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (experience is null)
        {
            return null;
        }
        var (measures, points) = await ReadAsync(db, [id], cancellationToken);
        var mine = measures[id];
        var inPlace = points.Where(p => mine.Any(m => m.Id == p.MeasureId) && slice.IncludesPlace(p)).ToArray();
        var result = Attainment.Of(experience.Definition.IntendedAttainment, mine, inPlace.Where(slice.Includes));
        return new AttainmentView(id, experience.Name, slice, result, result.Valence, Attainment.Trend(mine, inPlace, slice.TrendPeriod));
    }

    public async Task<IReadOnlyList<TargetExperienceSummary>> ListAsync(bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experiences = await db.TargetExperiences.AsNoTracking()
            .Where(t => includeArchived || t.ArchivedAt == null)
            .ToListAsync(cancellationToken);
        var linkCounts = await db.TargetExperienceLinks.GroupBy(l => l.TargetExperienceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var (measures, points) = await ReadAsync(db, experiences.Select(e => e.Id).ToArray(), cancellationToken);
        return experiences
            .Select(e =>
            {
                var mine = measures[e.Id];
                var ids = mine.Select(m => m.Id).ToHashSet();
                var result = Attainment.Of(e.Definition.IntendedAttainment, mine, points.Where(p => ids.Contains(p.MeasureId)));
                return new TargetExperienceSummary(e.Id, e.Name, e.Granularity, e.Category, e.Definition.CategoryName, e.Version, e.ArchivedAt,
                    linkCounts.GetValueOrDefault(e.Id), mine.Count, result.Realized, result.Intended);
            })
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>
    /// Each account's realized attainment of every experience (not archived) measured for it by readings after
    /// <paramref name="from"/> and up to <paramref name="until"/>; the account health scorecard reads it.
    /// </summary>
    public async Task<ILookup<Guid, ExperienceReading>> ByAccountAsync(DateTimeOffset from, DateTimeOffset until,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var experiences = await db.TargetExperiences.AsNoTracking().Where(t => t.ArchivedAt == null).ToListAsync(cancellationToken);
        var (measures, points) = await ReadAsync(db, experiences.Select(e => e.Id).ToArray(), cancellationToken);
        var inWindow = points.Where(p => p.AccountId is not null && p.At > from && p.At <= until).ToList();
        return (
                from e in experiences
                let ids = measures[e.Id].Select(m => m.Id).ToHashSet()
                from account in inWindow.Where(p => ids.Contains(p.MeasureId)).GroupBy(p => p.AccountId!.Value)
                let result = Attainment.Of(e.Definition.IntendedAttainment, measures[e.Id], account)
                where result.Realized is not null
                select (Account: account.Key, Reading: new ExperienceReading(e.Name, result.Realized!.Value, result.Intended)))
            .ToLookup(x => x.Account, x => x.Reading);
    }

    /// <summary>The matrix of the workspace's experiences that are not archived.</summary>
    public async Task<IReadOnlyList<MatrixCell>> MatrixAsync(CancellationToken cancellationToken = default) =>
        TargetExperienceMatrix.Place((await ListAsync(cancellationToken: cancellationToken))
            .Select(e => new MatrixEntry(e.Id, e.Name, e.Category, e.Granularity, e.Realized)));

    /// <summary>The measures of each experience (every id is a key) and the points of all of them.</summary>
    private async Task<(Dictionary<Guid, IReadOnlyList<Measure>> Measures, List<AttainmentPoint> Points)> ReadAsync(DyadDbContext db,
        IReadOnlyCollection<Guid> experienceIds, CancellationToken cancellationToken)
    {
        var links = await db.TargetExperienceLinks.AsNoTracking()
            .Where(l => experienceIds.Contains(l.TargetExperienceId)
                        && (l.Kind == LinkKind.SurveyQuestion || l.Kind == LinkKind.EmotionPickList || l.Kind == LinkKind.Keyword))
            .ToListAsync(cancellationToken);
        var labels = await LinkLabels.ForAsync(db, links, cancellationToken);
        var byExperience = links.ToLookup(l => l.TargetExperienceId);
        var measures = experienceIds.ToDictionary(id => id, id => (IReadOnlyList<Measure>)byExperience[id]
            .Select(l => new Measure(l.Id, l.Kind, labels[l.Id]))
            .OrderBy(m => m.Kind).ThenBy(m => m.Label, StringComparer.OrdinalIgnoreCase)
            .ToArray());
        var points = new List<AttainmentPoint>();
        points.AddRange(await SurveyPointsAsync(db, links.Where(l => l.SurveyId is not null).ToArray(), cancellationToken));
        points.AddRange(await KeywordPointsAsync(db, links.Where(l => l.Kind == LinkKind.Keyword).ToArray(), cancellationToken));
        return (measures, points);
    }

    private static async Task<IEnumerable<AttainmentPoint>> SurveyPointsAsync(DyadDbContext db, IReadOnlyList<TargetExperienceLink> links,
        CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return [];
        }
        var surveyIds = links.Select(l => l.SurveyId!.Value).Distinct().ToArray();
        var surveys = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => surveyIds.Contains(r.SurveyId)).ToListAsync(cancellationToken);
        var roles = await RolesAsync(db, responses, cancellationToken);
        var points = new List<AttainmentPoint>();
        foreach (var link in links)
        {
            if (surveys[link.SurveyId!.Value].Questions.FirstOrDefault(q => q.Key == link.QuestionKey) is not { } question)
            {
                continue;
            }
            foreach (var response in responses.Where(r => r.SurveyId == link.SurveyId))
            {
                if (response.Answers.TryGetValue(question.Key, out var answer) && Value(link, question, answer) is { } value)
                {
                    points.Add(new AttainmentPoint(link.Id, value, response.SubmittedAt, response.AccountId, roles.GetValueOrDefault(response.Id),
                        response.Context.Phase));
                }
            }
        }
        return points;
    }

    private static double? Value(TargetExperienceLink link, Question question, Answer answer) => question.Type switch
    {
        _ when link.Kind == LinkKind.EmotionPickList => Attainment.Emotions(answer.Choices ?? [], link.EvokeOptions, link.AvoidOptions),
        QuestionType.Nps when answer.Number is { } score => Attainment.NpsAnswer(score),
        QuestionType.Rating when answer.Number is { } rating => Attainment.Rating(rating, question.Lowest, question.Highest, link.LowerIsBetter),
        QuestionType.Matrix when answer.Rows is { Count: > 0 } rows =>
            rows.Values.Average(r => Attainment.Rating(r, question.Lowest, question.Highest, link.LowerIsBetter)),
        _ => null,
    };

    /// <summary>
    /// The respondent's buying-centre role: as the invitation recorded it when the response came through one (people
    /// change roles), else the stakeholder's current role.
    /// </summary>
    private static async Task<Dictionary<Guid, BuyingCentreRole>> RolesAsync(DyadDbContext db, IReadOnlyList<SurveyResponse> responses,
        CancellationToken cancellationToken)
    {
        var stakeholderIds = responses.Select(r => r.StakeholderId).OfType<Guid>().Distinct().ToArray();
        var current = await db.Stakeholders.AsNoTracking().Where(s => stakeholderIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.BuyingCentreRole, cancellationToken);
        var invitationIds = responses.Select(r => r.InvitationId).OfType<Guid>().Distinct().ToArray();
        var invited = await db.SurveyInvitations.AsNoTracking().Where(i => invitationIds.Contains(i.Id) && i.BuyingCentreRole != null)
            .ToDictionaryAsync(i => i.Id, i => i.BuyingCentreRole!.Value, cancellationToken);
        var roles = new Dictionary<Guid, BuyingCentreRole>();
        foreach (var response in responses)
        {
            if (response.InvitationId is { } invitation && invited.TryGetValue(invitation, out var recorded))
            {
                roles[response.Id] = recorded;
            }
            else if (response.StakeholderId is { } stakeholder && current.TryGetValue(stakeholder, out var role))
            {
                roles[response.Id] = role;
            }
        }
        return roles;
    }

    private async Task<IEnumerable<AttainmentPoint>> KeywordPointsAsync(DyadDbContext db, IReadOnlyList<TargetExperienceLink> links,
        CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return [];
        }
        var (_, items) = await new FeedbackItems(db, analysers).ReadAsync(db.SurveyResponses, cancellationToken);
        return
            from link in links
            from item in items
            where item.Compound is not null && item.Keywords.Contains(link.Keyword!, StringComparer.OrdinalIgnoreCase)
            select new AttainmentPoint(link.Id, Attainment.Sentiment(item.Compound!.Value), item.SubmittedAt, item.AccountId,
                Enum.TryParse<BuyingCentreRole>(item.StakeholderRole, out var role) ? role : null, item.Phase);
    }
}
