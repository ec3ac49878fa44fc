using Dyad.Core.Actions;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>
/// Opens a risk action for the account owner when a survey response is a detractor's NPS or a low CSAT or CES (the
/// workspace's <see cref="ResponseRules"/>), with the default risk playbook and the reason it fired. Called after a
/// response is stored, by every way in: the API, the respondent page and the import. The response is the action's
/// source key, so storing, retrying or re-importing it never opens a second action.
/// </summary>
public sealed class ResponseActionRule(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const string CreatedBy = "Detractor rule";

    public static string SourceKey(Guid responseId) => $"response:{responseId}";

    /// <returns>How many actions were opened.</returns>
    public async Task<int> OpenActionsAsync(IReadOnlyCollection<Guid> responseIds, CancellationToken cancellationToken = default)
    {
        if (responseIds.Count == 0)
        {
            return 0;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await ActionRuleSettingsService.RulesAsync(db, cancellationToken);
        if (!rules.Enabled)
        {
            return 0;
        }
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => responseIds.Contains(r.Id) && r.AccountId != null)
            .Join(db.Surveys, r => r.SurveyId, s => s.Id, (r, s) => new { Response = r, Survey = s.Name, s.Instrument, s.Questions })
            .ToListAsync(cancellationToken);
        var opened = 0;
        foreach (var item in responses)
        {
            if (rules.Check(item.Instrument, item.Questions, item.Response.Answers) is not { } finding)
            {
                continue;
            }
            var key = SourceKey(item.Response.Id);
            if (await db.ActionItems.AnyAsync(a => a.SourceKey == key, cancellationToken))
            {
                continue;
            }
            var accountId = item.Response.AccountId!.Value;
            var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Name, a.OwnerId })
                .SingleAsync(cancellationToken);
            var person = item.Response.StakeholderId is { } stakeholderId
                ? await db.Stakeholders.Where(s => s.Id == stakeholderId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            var now = clock.GetUtcNow();
            var playbook = await ActionCommands.PlaybookForAsync(db, null, ActionType.Risk, cancellationToken);
            var who = person is null ? account.Name : $"{person} ({account.Name})";
            var details = new ActionDetails(ActionType.Risk, $"{finding.Measure} {finding.Score} from {who}", accountId,
                now.AddDays(Math.Max(1, playbook?.Span ?? NewAction.DefaultDueIn.Days)), ActionPriority.High, account.OwnerId,
                $"Answer to \"{item.Survey}\" on {item.Response.SubmittedAt:yyyy-MM-dd}.", new ActionLinks(ResponseId: item.Response.Id));
            var action = new ActionItem(db.Scope.Required, details, now, CreatedBy, playbook, finding.Reason, key);
            if (await ActionCommands.AddOnceAsync(db, action, now, cancellationToken) is not null)
            {
                opened++;
            }
            db.ChangeTracker.Clear();
        }
        return opened;
    }
}
