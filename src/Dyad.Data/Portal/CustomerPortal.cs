using Dyad.Core.Alerts.Communications;
using Dyad.Core.Notifications;
using Dyad.Core.Portal;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>
/// What a signed-in customer user does in the portal. The account always comes from <see cref="CustomerScope"/>, so
/// anything of another account is simply not found.
/// </summary>
public sealed class CustomerPortal(IDbContextFactory<DyadDbContext> contexts, CustomerScope scope, PortalFiles files, TimeProvider clock)
{
    private CustomerIdentity Me => scope.Required;

    public async Task<PortalHome> HomeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await PortalReader.HomeAsync(db, Me.AccountId, Me.UserId, Me.Name, cancellationToken))!;
    }

    /// <summary>Notes a page view in the visit log, extending the current visit when it is recent.</summary>
    public async Task RecordVisitAsync(string page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var last = await db.PortalVisits.Where(v => v.CustomerUserId == Me.UserId).OrderByDescending(v => v.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        if (last is not null && last.Continues(now))
        {
            last.Saw(page, now);
        }
        else
        {
            var user = await db.CustomerUsers.SingleAsync(u => u.Id == Me.UserId, cancellationToken);
            db.PortalVisits.Add(new PortalVisit(user, page, now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PortalJourneyView>> JourneysAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.JourneysAsync(db, Me.AccountId, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentView>> DocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.DocumentsAsync(db, Me.AccountId, Me.UserId, cancellationToken);
    }

    public async Task<DocumentView?> DocumentAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await DocumentsAsync(cancellationToken)).SingleOrDefault(d => d.Id == id);

    public async Task<DocumentFile?> OpenVersionAsync(Guid documentId, Guid versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DocumentDownload.OpenAsync(db, files, Me.AccountId, documentId, versionId, cancellationToken);
    }

    /// <summary>Follows a document, or stops following it; following twice is following once.</summary>
    /// <returns>False when the account has no such document.</returns>
    public async Task<bool> FollowAsync(Guid documentId, bool follow, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.PortalDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.AccountId == Me.AccountId, cancellationToken);
        if (document is null)
        {
            return false;
        }
        var existing = await db.DocumentFollows.SingleOrDefaultAsync(f => f.DocumentId == documentId && f.CustomerUserId == Me.UserId, cancellationToken);
        if (follow && existing is null)
        {
            var user = await db.CustomerUsers.SingleAsync(u => u.Id == Me.UserId, cancellationToken);
            db.DocumentFollows.Add(new DocumentFollow(document, user, clock.GetUtcNow()));
        }
        else if (!follow && existing is not null)
        {
            db.DocumentFollows.Remove(existing);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (follow)
        {
            // Two clicks at once: the unique index kept one follow, which is what was asked.
        }
        return true;
    }

    public async Task<IReadOnlyList<SharedTaskView>> TasksAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.TasksAsync(db, Me.AccountId, cancellationToken);
    }

    public async Task<SharedTaskView> AddTaskAsync(SharedTaskRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SharedTaskList.AddAsync(db, Me.WorkspaceId, Me.AccountId, request, Me.Name, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<SharedTaskView?> UpdateTaskAsync(Guid id, SharedTaskRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SharedTaskList.UpdateAsync(db, Me.AccountId, id, request, Me.Name, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionView>> QuestionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.QuestionsAsync(db, db.PortalQuestions.Where(q => q.AccountId == Me.AccountId), cancellationToken);
    }

    public async Task<IReadOnlyList<TopicView>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PortalReader.TopicsAsync(db, cancellationToken);
    }

    /// <summary>
    /// Asks a question: routed to one expert, logged as a customer communication (so the response-time alert reads it) and
    /// put in the expert's notifications, all in one save.
    /// </summary>
    public async Task<QuestionView> AskAsync(AskRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.CustomerUsers.SingleAsync(u => u.Id == Me.UserId, cancellationToken);
        var account = await db.Accounts.SingleAsync(a => a.Id == Me.AccountId, cancellationToken);
        var errors = new Core.Common.FieldErrors().Require(nameof(request.Text), request.Text, PortalQuestion.TextMaxLength, "Question");
        var document = request.DocumentId is { } documentId
            ? await db.PortalDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.AccountId == Me.AccountId, cancellationToken)
            : null;
        var milestone = request.MilestoneId is { } milestoneId
            ? await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.AccountId == Me.AccountId, cancellationToken)
            : null;
        var topic = request.TopicId is { } topicId ? await db.ExpertTopics.SingleOrDefaultAsync(t => t.Id == topicId, cancellationToken) : null;
        if (request.DocumentId is not null && document is null)
        {
            errors.Add(nameof(request.DocumentId), "There is no such document in your portal.");
        }
        if (request.MilestoneId is not null && milestone is null)
        {
            errors.Add(nameof(request.MilestoneId), "There is no such step in your portal.");
        }
        if (request.TopicId is not null && topic is null)
        {
            errors.Add(nameof(request.TopicId), "There is no such topic.");
        }
        var ownerName = account.OwnerId is { } ownerId
            ? await db.Users.Where(u => u.Id == ownerId && u.WorkspaceId == Me.WorkspaceId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var expert = PortalQuestion.Route(
            document is null ? null : new Expert(document.OwnerId, document.OwnerName, $"owns the document '{document.Title}'"),
            milestone is null ? null : new Expert(milestone.OwnerId, milestone.OwnerName, $"owns the step '{milestone.Title}'"),
            topic is null ? null : new Expert(topic.ExpertId, topic.ExpertName, $"is the expert for {topic.Name}"),
            ownerName is null ? null : new Expert(account.OwnerId!.Value, ownerName, "manages your account"));
        if (expert is null)
        {
            errors.Add(nameof(request.TopicId), "Choose a topic: nobody at the provider is named for general questions yet.");
        }
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var stakeholders = await db.Stakeholders.Where(s => s.Id == user.StakeholderId).ToListAsync(cancellationToken);
        var summary = request.Text.Trim();
        var communication = new CustomerCommunication(account,
            new CommunicationDetails(CommunicationKind.Question, now,
                summary.Length > CommunicationDetails.SummaryMaxLength ? summary[..(CommunicationDetails.SummaryMaxLength - 1)] + "…" : summary,
                user.StakeholderId, Channel.Portal),
            stakeholders, [], $"{user.Name} (portal)", now);
        var question = new PortalQuestion(user, new QuestionSubject(topic?.Id, document?.Id, milestone?.Id), expert!, request.Text, communication.Id, now);
        db.Communications.Add(communication);
        db.PortalQuestions.Add(question);
        db.Notifications.Add(new Notification(Me.WorkspaceId, expert!.Id, $"portal-question:{question.Id}",
            $"{user.Name} of {account.Name} asks you: {question.Text}", $"/accounts/{account.Id}/portal", now));
        await db.SaveChangesAsync(cancellationToken);
        return (await PortalReader.QuestionsAsync(db, db.PortalQuestions.Where(q => q.Id == question.Id), cancellationToken)).Single();
    }
}
