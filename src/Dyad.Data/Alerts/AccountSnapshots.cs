using Dyad.Core.Alerts;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

/// <summary>Reads what the rules need about accounts of the current workspace, in a few set-wise queries.</summary>
internal static class AccountSnapshots
{
    public static async Task<IReadOnlyList<(AccountSnapshot Snapshot, Guid? OwnerId)>> ReadAsync(DyadDbContext db, Guid? accountId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountId == null || a.Id == accountId).ToListAsync(cancellationToken);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => accountId == null || s.AccountId == accountId)
            .Select(s => new { s.AccountId, Facts = new StakeholderFacts(s.Id, s.Name, s.Function) }).ToListAsync(cancellationToken);
        var communications = await db.Communications.AsNoTracking().Where(c => accountId == null || c.AccountId == accountId)
            .ToListAsync(cancellationToken);
        var touchpoints = await (
                from t in db.Touchpoints
                join j in db.Journeys on t.JourneyId equals j.Id
                where accountId == null || j.AccountId == accountId
                select new { j.AccountId, Facts = new TouchpointFacts(t.Id, t.Name, j.Name, t.Controller, t.SuccessRate) })
            .ToListAsync(cancellationToken);
        var journeyNames = await db.Journeys.Where(j => accountId == null || j.AccountId == accountId)
            .ToDictionaryAsync(j => j.Id, j => j.Name, cancellationToken);
        var responses = await (
                from r in db.SurveyResponses
                join s in db.Surveys on r.SurveyId equals s.Id
                where r.AccountId != null && (accountId == null || r.AccountId == accountId)
                select new { r.AccountId, r.StakeholderId, r.Context, r.Answers, r.SubmittedAt, s.Questions })
            .AsNoTracking().ToListAsync(cancellationToken);
        var changes = await db.RelationshipChanges.AsNoTracking().Where(c => accountId == null || c.AccountId == accountId)
            .ToListAsync(cancellationToken);

        var scores = responses
            .Select(r => (r.AccountId, Score: ResponseScore.Of(r.Questions, r.Answers), r))
            .Where(r => r.Score is not null)
            .Select(x => (AccountId: x.AccountId!.Value, Score: new ResponseScore(x.r.StakeholderId, x.r.Context.JourneyId,
                x.r.Context.JourneyId is { } j ? journeyNames.GetValueOrDefault(j) : null, x.r.Context.Phase, x.r.Context.TouchpointId,
                x.Score!.Value, x.r.SubmittedAt)))
            .ToLookup(x => x.AccountId, x => x.Score);
        var people = stakeholders.ToLookup(s => s.AccountId, s => s.Facts);
        var logged = communications.ToLookup(c => c.AccountId);
        var points = touchpoints.ToLookup(t => t.AccountId, t => t.Facts);
        var history = changes.ToLookup(c => c.AccountId);
        return accounts.Select(a => (new AccountSnapshot(a.Id, a.Name, a.RelationshipType, a.CustomerRelationshipType, a.ContractSignedOn,
                people[a.Id].ToList(), logged[a.Id].ToList(), points[a.Id].ToList(), scores[a.Id].ToList(), history[a.Id].ToList(), now),
            a.OwnerId)).ToList();
    }
}
