using Dyad.Core.Common;
using Dyad.Core.Portal;
using Dyad.Core.Surveys;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>The provider's side of an account's portal: the steps, documents, tasks, questions and who visited.</summary>
public sealed class PortalAdmin(IDbContextFactory<DyadDbContext> contexts, PortalFiles files, SurveyLinks links, TimeProvider clock)
{
    public long MaximumFileBytes => files.MaximumBytes;

    /// <summary>What the account's customers see, as they see it.</summary>
    public async Task<PortalHome?> PreviewAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.HomeAsync(db, accountId, null, null, cancellationToken);
    }

    public async Task<IReadOnlyList<VisitView>> VisitsAsync(Guid accountId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visits = await db.PortalVisits.AsNoTracking().Where(v => v.AccountId == accountId)
            .OrderByDescending(v => v.StartedAt).Take(take).ToListAsync(cancellationToken);
        var names = await db.CustomerUsers.Where(u => u.AccountId == accountId).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return visits.Select(v => new VisitView(v.CustomerUserId, names.GetValueOrDefault(v.CustomerUserId, "?"), v.StartedAt, v.LastSeenAt, v.Pages, v.LastPage))
            .ToList();
    }

    /// <summary>The account's questions, unanswered first and oldest first among them, so the longest wait is on top.</summary>
    public async Task<IReadOnlyList<QuestionView>> QuestionsAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var questions = await PortalReader.QuestionsAsync(db, db.PortalQuestions.Where(q => q.AccountId == accountId), cancellationToken);
        return questions.OrderBy(q => q.AnsweredAt is not null).ThenBy(q => q.AnsweredAt is null ? q.AskedAt : DateTimeOffset.MaxValue - (q.AnsweredAt.Value - DateTimeOffset.MinValue))
            .ToList();
    }

    /// <summary>The expert answers; the customer sees it, and the communications log records when, for the response-time rule.</summary>
    /// <returns>Null when the account has no such question.</returns>
    public async Task<QuestionView?> AnswerAsync(Guid accountId, Guid questionId, string answer, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.PortalQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.AccountId == accountId, cancellationToken);
        if (question is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        question.Reply(answer, actor.Name, now);
        if (question.CommunicationId is { } communicationId
            && await db.Communications.SingleOrDefaultAsync(c => c.Id == communicationId, cancellationToken) is { } communication)
        {
            communication.RecordAnswer(actor.Name, question.AnsweredAt!.Value);
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await PortalReader.QuestionsAsync(db, db.PortalQuestions.Where(q => q.Id == questionId), cancellationToken)).Single();
    }

    public async Task<IReadOnlyList<TopicView>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.TopicsAsync(db, cancellationToken);
    }

    public async Task<TopicView> SaveTopicAsync(Guid? id, string name, Guid expertId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expertName = await StaffNameAsync(db, expertId, "ExpertId", cancellationToken);
        var topic = id is { } existing
            ? await db.ExpertTopics.SingleOrDefaultAsync(t => t.Id == existing, cancellationToken)
              ?? throw DomainValidationException.For("Id", "There is no such topic.")
            : null;
        if (await db.ExpertTopics.AnyAsync(t => t.Name.ToLower() == name.Trim().ToLower() && t.Id != id, cancellationToken))
        {
            throw DomainValidationException.For("Name", $"There is a topic '{name.Trim()}' already.");
        }
        if (topic is null)
        {
            topic = new ExpertTopic(db.Scope.Required, name, expertId, expertName);
            db.ExpertTopics.Add(topic);
        }
        else
        {
            topic.Update(name, expertId, expertName);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new TopicView(topic.Id, topic.Name, topic.ExpertId, topic.ExpertName);
    }

    public async Task<bool> DeleteTopicAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var topic = await db.ExpertTopics.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topic is null)
        {
            return false;
        }
        db.ExpertTopics.Remove(topic);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>Null when the account has no such journey.</returns>
    public async Task<MilestoneView?> AddMilestoneAsync(Guid accountId, MilestoneRequest request, Actor actor, DyadRole role,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.SingleOrDefaultAsync(j => j.Id == request.JourneyId && j.AccountId == accountId, cancellationToken);
        if (journey is null)
        {
            return null;
        }
        var template = await db.JourneyTemplates.Include(t => t.Phases).SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        var ownerName = await StaffNameAsync(db, request.OwnerId, "OwnerId", cancellationToken);
        await CheckPulseSurveyAsync(db, request.PulseSurveyId, cancellationToken);
        var milestone = new Milestone(journey, template, Details(request), ownerName);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync(cancellationToken);
        if (milestone.IsDone)
        {
            await SendPulseAsync(db, milestone, cancellationToken);
        }
        return MilestoneView.Of(milestone);
    }

    /// <summary>
    /// The step's owner keeps it up to date (account managers may change any). Completing a step with a pulse survey
    /// invites the account's portal users to it, once.
    /// </summary>
    /// <returns>Null when the account has no such milestone.</returns>
    public async Task<MilestoneView?> UpdateMilestoneAsync(Guid accountId, Guid id, MilestoneRequest request, Actor actor, DyadRole role,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == id && m.AccountId == accountId, cancellationToken);
        if (milestone is null)
        {
            return null;
        }
        if (actor.UserId is not { } userId || !Milestone.MayChange(milestone.OwnerId, userId, role))
        {
            throw new ForbiddenException($"Only {milestone.OwnerName}, who owns this step, or an account manager can change it.");
        }
        if (request.JourneyId != milestone.JourneyId)
        {
            throw DomainValidationException.For(nameof(request.JourneyId), "A step stays on its journey; remove it and add it to the other.");
        }
        var journey = await db.Journeys.SingleAsync(j => j.Id == milestone.JourneyId, cancellationToken);
        var template = await db.JourneyTemplates.Include(t => t.Phases).SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        var ownerName = await StaffNameAsync(db, request.OwnerId, "OwnerId", cancellationToken);
        await CheckPulseSurveyAsync(db, request.PulseSurveyId, cancellationToken);
        var completed = milestone.Update(template, Details(request), ownerName);
        await db.SaveChangesAsync(cancellationToken);
        if (completed)
        {
            await SendPulseAsync(db, milestone, cancellationToken);
        }
        return MilestoneView.Of(milestone);
    }

    public async Task<bool> DeleteMilestoneAsync(Guid accountId, Guid id, Actor actor, DyadRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == id && m.AccountId == accountId, cancellationToken);
        if (milestone is null)
        {
            return false;
        }
        if (actor.UserId is not { } userId || !Milestone.MayChange(milestone.OwnerId, userId, role))
        {
            throw new ForbiddenException($"Only {milestone.OwnerName}, who owns this step, or an account manager can remove it.");
        }
        db.Milestones.Remove(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Shares a new document with its first version.</summary>
    /// <returns>Null when the account does not exist.</returns>
    public async Task<DocumentView?> AddDocumentAsync(Guid accountId, DocumentDetails details, UploadedFile file, string? note, Actor actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var errors = files.Check(file.FileName, file.Length);
        if (details.JourneyId is { } journeyId && !await db.Journeys.AnyAsync(j => j.Id == journeyId && j.AccountId == accountId, cancellationToken))
        {
            errors.Add(nameof(details.JourneyId), "The journey must be one of this account's.");
        }
        errors.ThrowIfAny();
        var ownerName = await StaffNameAsync(db, details.OwnerId, "OwnerId", cancellationToken);
        var document = new PortalDocument(account, details, ownerName, clock.GetUtcNow());
        var stored = await files.SaveAsync(file, cancellationToken);
        document.AddVersion(stored, note, actor.Name, clock.GetUtcNow());
        db.PortalDocuments.Add(document);
        await SaveOrForgetFileAsync(db, stored, cancellationToken);
        return PortalReader.View(document, following: false);
    }

    /// <summary>
    /// Uploads a new version and owes each follower one e-mail about it: the notices are written with the version, in one
    /// save, and the sender delivers each notice once.
    /// </summary>
    /// <returns>Null when the account has no such document.</returns>
    public async Task<DocumentView?> AddVersionAsync(Guid accountId, Guid documentId, UploadedFile file, string? note, Actor actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.PortalDocuments.Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.Id == documentId && d.AccountId == accountId, cancellationToken);
        if (document is null)
        {
            return null;
        }
        files.Check(file.FileName, file.Length).ThrowIfAny();
        var stored = await files.SaveAsync(file, cancellationToken);
        var now = clock.GetUtcNow();
        var version = document.AddVersion(stored, note, actor.Name, now);
        var followers = await db.DocumentFollows.Where(f => f.DocumentId == documentId
                                                            && db.CustomerUsers.Any(u => u.Id == f.CustomerUserId && u.RevokedAt == null))
            .Select(f => f.CustomerUserId).ToListAsync(cancellationToken);
        db.DocumentNotices.AddRange(followers.Select(follower => new DocumentNotice(version, follower, now)));
        await SaveOrForgetFileAsync(db, stored, cancellationToken);
        return PortalReader.View(document, following: false);
    }

    public async Task<DocumentFile?> OpenVersionAsync(Guid accountId, Guid documentId, Guid versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DocumentDownload.OpenAsync(db, files, accountId, documentId, versionId, cancellationToken);
    }

    public async Task<SharedTaskView?> AddTaskAsync(Guid accountId, SharedTaskRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        return await SharedTaskList.AddAsync(db, db.Scope.Required, accountId, request, actor.Name, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<SharedTaskView?> UpdateTaskAsync(Guid accountId, Guid id, SharedTaskRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SharedTaskList.UpdateAsync(db, accountId, id, request, actor.Name, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<bool> DeleteTaskAsync(Guid accountId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SharedTaskList.DeleteAsync(db, accountId, id, cancellationToken);
    }

    private async Task SaveOrForgetFileAsync(DyadDbContext db, Core.Events.StoredFile stored, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
    }

    /// <summary>
    /// Invites the account's portal users to the milestone's pulse survey through survey distribution. The dedup key per
    /// milestone and person keeps a second completion, or two at once, from inviting anyone twice.
    /// </summary>
    private async Task SendPulseAsync(DyadDbContext db, Milestone milestone, CancellationToken cancellationToken)
    {
        if (milestone.PulseSurveyId is not { } surveyId || !milestone.MarkPulseSent(clock.GetUtcNow()))
        {
            return;
        }
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        var stakeholderIds = await db.CustomerUsers.Where(u => u.AccountId == milestone.AccountId && u.RevokedAt == null)
            .Select(u => u.StakeholderId).ToListAsync(cancellationToken);
        var stakeholders = await db.Stakeholders.Where(s => stakeholderIds.Contains(s.Id)).ToListAsync(cancellationToken);
        if (survey is { Status: SurveyStatus.Open } && stakeholders.Count > 0)
        {
            var context = new SurveyContext(milestone.JourneyId, milestone.Phase, null);
            await InvitationIssuer.IssueAsync(db,  survey,
                stakeholders.Select(s => new Invitee(s, DedupKey: $"milestone:{milestone.Id}:{s.Id}", Context: context)).ToList(),
                links.Key, clock.GetUtcNow(), cancellationToken: cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task CheckPulseSurveyAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken)
    {
        if (surveyId is { } id && !await db.Surveys.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw DomainValidationException.For(nameof(MilestoneRequest.PulseSurveyId), "There is no such survey in this workspace.");
        }
    }

    private static async Task<string> StaffNameAsync(DyadDbContext db, Guid userId, string field, CancellationToken cancellationToken)
    {
        var workspaceId = db.Scope.Required;
        return await db.Users.Where(u => u.Id == userId && u.WorkspaceId == workspaceId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
               ?? throw DomainValidationException.For(field, "Choose a user of this workspace.");
    }

    private static MilestoneDetails Details(MilestoneRequest r) => new(r.Phase, r.Title, r.DueOn, r.OwnerId, r.CompletedOn, r.PulseSurveyId);
}
