using Dyad.Core.Actions;
using Dyad.Core.Surveys;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>
/// Opens a risk action for the account owner when a survey response is a detractor's NPS or a low CSAT or CES (the
/// workspace's <see cref="ResponseRules"/>), with the default risk playbook and the reason it fired. Every way in
/// applies it: the API and the respondent pages stage the action with the response they store, the import opens the
/// actions of the responses it stored. The response is the action's source key, so storing, retrying or re-importing
/// it never opens a second action.
/// </summary>
public sealed class ResponseActionRule(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const string CreatedBy = "Detractor rule";

    /// <summary>Actions stored per SaveChanges when many responses come in at once, as from an import.</summary>
    private const int SaveEvery = 500;

    public static string SourceKey(Guid responseId) => $"response:{responseId}";

    /// <summary>
    /// Opens the actions of responses of one survey the caller has just stored and still holds, as an import does: reading
    /// thousands of them back, each with the survey's questionnaire, took longer than storing them.
    /// </summary>
    /// <returns>How many actions were opened.</returns>
    internal async Task<int> OpenActionsAsync(Survey survey, IReadOnlyCollection<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        if (responses.Count == 0)
        {
            return 0;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await ActionRuleSettingsService.RulesAsync(db, cancellationToken);
        if (!rules.Enabled)
        {
            return 0;
        }
        return await OpenAsync(db, rules, responses.Where(r => r.AccountId != null).Select(r => (r, survey)), cancellationToken);
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
        var accountNames = accounts.ToDictionary(a => a.Key, a => a.Value.Name);
        var opened = 0;
        foreach (var chunk in actions.Chunk(SaveEvery))
        {
            opened += await ActionCommands.AddAllOnceAsync(db, chunk, accountNames, now, cancellationToken);
        }
        return opened;
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
