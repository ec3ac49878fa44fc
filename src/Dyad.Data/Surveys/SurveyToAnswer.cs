using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>
/// The account and stakeholder a response names, as what the response sets off (feedback routing, the detractor rule)
/// names them. A name is null when the id is not one of the workspace's, or, for the stakeholder, not of the account.
/// </summary>
internal sealed record RespondentDetails(string? AccountName, Guid? AccountOwnerId, string? StakeholderName, BuyingCentreRole? StakeholderRole);

/// <summary>
/// A survey about to take a response, read with all that storing the response needs to know first: whether its
/// idempotency key already stored one, and who the response names.
/// </summary>
internal sealed record SurveyToAnswer(Survey Survey, bool KeyUsed, RespondentDetails Respondent)
{
    /// <summary>One round trip, since a submission pays for each before its answer; null when the workspace has no such survey.</summary>
    public static Task<SurveyToAnswer?> ReadAsync(DyadDbContext db, Guid surveyId, Guid? accountId, Guid? stakeholderId, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.Where(a => a.Id == accountId);
        var stakeholders = db.Stakeholders.Where(s => s.Id == stakeholderId && (accountId == null || s.AccountId == accountId));
        return db.Surveys.AsNoTracking().Where(s => s.Id == surveyId)
            .Select(s => new SurveyToAnswer(s,
                idempotencyKey != null && db.SurveyResponses.Any(r => r.SurveyId == surveyId && r.IdempotencyKey == idempotencyKey),
                new RespondentDetails(accounts.Select(a => a.Name).FirstOrDefault(), accounts.Select(a => a.OwnerId).FirstOrDefault(),
                    stakeholders.Select(p => p.Name).FirstOrDefault(), stakeholders.Select(p => (BuyingCentreRole?)p.BuyingCentreRole).FirstOrDefault())))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
