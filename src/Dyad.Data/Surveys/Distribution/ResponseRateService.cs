using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>A survey's response rate over its invitations, split by account or by the invitee's role when invited.</summary>
public sealed class ResponseRateService(IDbContextFactory<DyadDbContext> contexts)
{
    public const string NoAccount = "(no account)";
    public const string NoRole = "(no role)";

    /// <param name="accountIds">When given, only invitations to people of these accounts count.</param>
    public async Task<ResponseRateReport?> ReportAsync(Guid surveyId, ResponseRateSplit by, CancellationToken cancellationToken = default,
        IReadOnlyCollection<Guid>? accountIds = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var rows = await (
                from invitation in db.SurveyInvitations
                join account in db.Accounts on invitation.AccountId equals account.Id into accounts
                from account in accounts.DefaultIfEmpty()
                where invitation.SurveyId == surveyId && invitation.SuppressedAt == null
                      && (accountIds == null || invitation.AccountId != null && accountIds.Contains(invitation.AccountId.Value))
                select new { invitation, AccountName = account == null ? null : account.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var tracks = rows.Select(r => InvitationTrack.Of(r.invitation, by == ResponseRateSplit.Account
            ? r.AccountName ?? NoAccount
            : r.invitation.BuyingCentreRole?.ToText() ?? NoRole)).ToList();
        return new ResponseRateReport(surveyId, ResponseRates.Overall(tracks), by, ResponseRates.ByGroup(tracks));
    }
}
