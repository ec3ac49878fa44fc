using Dyad.Core.Actions;
using Dyad.Core.Surveys;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>
/// Opens a risk action for the account owner when a survey response is a detractor's NPS or a low CSAT or CES (the
/// workspace's <see cref="ResponseRules"/>), with the default risk playbook and the reason it fired. Every way in
/// applies it: the API and the respondent pages stage the action with the response they store; the import queues a
/// <see cref="QueuedFollowUp"/> with each response the rule fires on, and the follow-up job opens those actions moments
/// later (docs/closing-the-loop.md). The response is the action's source key, so storing, retrying or re-importing
/// it never opens a second action.
/// </summary>
public sealed class ResponseActionRule(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const string CreatedBy = "Detractor rule";

    /// <summary>Queued follow-ups handled per transaction.</summary>
    private const int FollowUpsPerTransaction = 500;

    public static string SourceKey(Guid responseId) => $"response:{responseId}";

    /// <summary>
    /// Whether a response an import is about to store calls for an action under <paramref name="rules"/>: the import then
    /// queues a <see cref="QueuedFollowUp"/> with it rather than opening the action in the import's own time.
    /// </summary>
    internal static bool Fires(ResponseRules rules, Survey survey, SurveyResponse response) =>
        rules.Enabled && response.AccountId is not null && rules.Check(survey.Instrument, survey.Questions, response.Answers) is not null;

    /// <summary>
    /// Opens the actions of every follow-up queued in the workspace, oldest first, <see cref="FollowUpsPerTransaction"/> per transaction:
    /// each transaction claims its queued rows, opens their actions and removes the rows, so a follow-up is opened once
    /// even when two app instances drain the queue together or one of them is killed halfway. The rule's settings are
    /// those of the moment the action opens: a rule switched off meanwhile opens nothing.
    /// </summary>
    /// <returns>How many actions were opened.</returns>
    public async Task<int> OpenQueuedAsync(CancellationToken cancellationToken = default)
    {
        var opened = 0;
        while (await OpenQueuedBatchAsync(cancellationToken) is { Claimed: > 0 } batch)
        {
            opened += batch.Opened;
        }
        return opened;
    }

    private async Task<(int Claimed, int Opened)> OpenQueuedBatchAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0)
        {
            return (0, 0);
        }
        var rules = await ActionRuleSettingsService.RulesAsync(db, cancellationToken);
        var opened = 0;
        if (rules.Enabled)
        {
            // Read through the queue's rows, so each response is found by its key: asked for by a list of ids beside the
            // workspace filter, SQLite without statistics walked the workspace's responses instead, once per batch.
            var responses = await db.QueuedFollowUps.Where(f => claimed.Contains(f.ResponseId))
                .Join(db.SurveyResponses.AsNoTracking().Where(r => r.AccountId != null), f => f.ResponseId, r => r.Id, (_, r) => r)
                .ToListAsync(cancellationToken);
            var surveyIds = responses.Select(r => r.SurveyId).Distinct().ToList();
            var surveys = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            opened = await OpenAsync(db, rules, responses.Select(r => (r, surveys[r.SurveyId])), cancellationToken);
        }
        await db.QueuedFollowUps.Where(f => claimed.Contains(f.ResponseId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (claimed.Count, opened);
    }

    /// <summary>
    /// The oldest queued follow-ups of the workspace. On PostgreSQL they are locked, skipping rows another instance holds,
    /// so two instances draining together take different rows; SQLite's transaction already holds the only write lock.
    /// </summary>
    private static async Task<List<Guid>> ClaimAsync(DyadDbContext db, CancellationToken cancellationToken)
    {
        var queued = db.Database.IsNpgsql()
            ? db.QueuedFollowUps.FromSql(
                $"""SELECT * FROM "QueuedFollowUps" WHERE "WorkspaceId" = {db.Scope.Required} ORDER BY "QueuedAt" LIMIT {FollowUpsPerTransaction} FOR UPDATE SKIP LOCKED""")
            : db.QueuedFollowUps.OrderBy(f => f.QueuedAt).Take(FollowUpsPerTransaction);
        return await queued.Select(f => f.ResponseId).ToListAsync(cancellationToken);
    }

    private async Task<int> OpenAsync(DyadDbContext db, ResponseRules rules, IEnumerable<(SurveyResponse Response, Survey Survey)> responses,
        CancellationToken cancellationToken)
    {
        var findings = responses
            .Select(item => (item.Response, Survey: item.Survey.Name,
                Finding: rules.Check(item.Survey.Instrument, item.Survey.Questions, item.Response.Answers)))
            .Where(f => f.Finding is not null)
            .ToList();
        if (findings.Count == 0)
        {
            return 0;
        }
        // Everything the actions name is read once for the whole batch: an import of thousands of responses is otherwise
        // thousands of round trips per lookup (measured in bench/: the import spent most of its time here).
        var keys = findings.Select(f => SourceKey(f.Response.Id)).ToList();
        var existing = (await db.ActionItems.Where(a => a.SourceKey != null && keys.Contains(a.SourceKey)).Select(a => a.SourceKey!)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var accountIds = findings.Select(f => f.Response.AccountId!.Value).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new { a.Name, a.OwnerId }, cancellationToken);
        var personIds = findings.Select(f => f.Response.StakeholderId).OfType<Guid>().Distinct().ToList();
        var people = await db.Stakeholders.AsNoTracking().Where(s => personIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var playbook = await ActionCommands.PlaybookForAsync(db, null, ActionType.Risk, cancellationToken);
        var now = clock.GetUtcNow();
        var actions = new List<ActionItem>();
        foreach (var (response, surveyName, finding) in findings)
        {
            if (existing.Contains(SourceKey(response.Id)) || !accounts.TryGetValue(response.AccountId!.Value, out var account))
            {
                continue;
            }
            var person = response.StakeholderId is { } stakeholderId ? people.GetValueOrDefault(stakeholderId) : null;
            actions.Add(ActionFor(db.Scope.Required, response, surveyName, finding!, account.Name, account.OwnerId, person, playbook, now));
        }
        return await ActionCommands.AddAllOnceAsync(db, actions, accounts.ToDictionary(a => a.Key, a => a.Value.Name), now, cancellationToken);
    }

    /// <summary>
    /// Adds to <paramref name="db"/> the action a response about to be stored on it calls for, with the action's tasks,
    /// notification and webhook outbox rows, so all of it commits with the response or not at all. A new response has no
    /// action yet, so nothing is looked up to open it once.
    /// </summary>
    /// <returns>Whether the rule fired.</returns>
    internal async Task<bool> StageAsync(DyadDbContext db, SurveyResponse response, Survey survey, RespondentDetails respondent,
        CancellationToken cancellationToken)
    {
        if (response.AccountId is not { } accountId || respondent.AccountName is not { } accountName)
        {
            return false;
        }
        var rules = await ActionRuleSettingsService.RulesAsync(db, cancellationToken);
        if (!rules.Enabled || rules.Check(survey.Instrument, survey.Questions, response.Answers) is not { } finding)
        {
            return false;
        }
        var playbook = await ActionCommands.PlaybookForAsync(db, null, ActionType.Risk, cancellationToken);
        var now = clock.GetUtcNow();
        var action = ActionFor(db.Scope.Required, response, survey.Name, finding, accountName, respondent.AccountOwnerId,
            respondent.StakeholderName, playbook, now);
        await ActionCommands.StageAllAsync(db, [action], new Dictionary<Guid, string> { [accountId] = accountName }, now, cancellationToken);
        return true;
    }

    private static ActionItem ActionFor(Guid workspaceId, SurveyResponse response, string surveyName, ResponseRuleFinding finding,
        string accountName, Guid? ownerId, string? person, Playbook? playbook, DateTimeOffset now)
    {
        var who = person is null ? accountName : $"{person} ({accountName})";
        var details = new ActionDetails(ActionType.Risk, $"{finding.Measure} {finding.Score} from {who}", response.AccountId!.Value,
            now.AddDays(Math.Max(1, playbook?.Span ?? NewAction.DefaultDueIn.Days)), ActionPriority.High, ownerId,
            $"Answer to \"{surveyName}\" on {response.SubmittedAt:yyyy-MM-dd}.", new ActionLinks(ResponseId: response.Id));
        return new ActionItem(workspaceId, details, now, CreatedBy, playbook, finding.Reason, SourceKey(response.Id));
    }
}
