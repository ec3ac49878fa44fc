using Dyad.Core.Accounts;
using Dyad.Core.Integrations;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Integrations;

/// <summary>Where a mapped delivery lands: the account, the touchpoint among its journeys', and the stakeholder when known.</summary>
internal sealed record OccurrenceTarget(Guid AccountId, string AccountName, Touchpoint Touchpoint, Stakeholder? Stakeholder);

/// <summary>Finds the account, stakeholder and touchpoint a mapped delivery names, in the entered workspace.</summary>
internal static class OccurrenceResolver
{
    /// <returns>The target, or null with the reason nothing was found.</returns>
    public static async Task<(OccurrenceTarget? Target, string? Reason)> ResolveAsync(DyadDbContext db, MappedOccurrence mapped,
        CancellationToken cancellationToken)
    {
        var (account, accountReason) = await AccountAsync(db, mapped, cancellationToken);
        if (account is null)
        {
            return (null, accountReason);
        }
        var stakeholder = mapped.StakeholderEmail is { } email
            ? await db.Stakeholders.FirstOrDefaultAsync(s => s.AccountId == account.Id && s.Email != null && s.Email.ToLower() == email, cancellationToken)
            : null;
        var candidates = await (
                from touchpoint in db.Touchpoints
                join journey in db.Journeys on touchpoint.JourneyId equals journey.Id
                where journey.AccountId == account.Id
                select new TouchpointCandidate(touchpoint.Id, touchpoint.Name, touchpoint.Channel, touchpoint.Phase, journey.Id,
                    journey.CurrentPhase, journey.StartedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var chosen = TouchpointChoice.Choose(candidates, mapped.TouchpointId, mapped.TouchpointName, mapped.Channel, out var reason);
        if (chosen is null)
        {
            return (null, $"{reason} (account {account.Name})");
        }
        var found = await db.Touchpoints.SingleAsync(t => t.Id == chosen.Id, cancellationToken);
        return (new OccurrenceTarget(account.Id, account.Name, found, stakeholder), null);
    }

    /// <summary>By id, then name, then the stakeholders' e-mail domain, then the stakeholder's e-mail: the first that finds one account.</summary>
    private static async Task<(Account? Account, string? Reason)> AccountAsync(DyadDbContext db, MappedOccurrence mapped,
        CancellationToken cancellationToken)
    {
        var tried = new List<string>();
        if (mapped.AccountId is { } id)
        {
            if (await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } byId)
            {
                return (byId, null);
            }
            tried.Add($"no account has the id {id}");
        }
        if (mapped.AccountName is { } name)
        {
            var lower = name.Trim().ToLower();
            if (await db.Accounts.FirstOrDefaultAsync(a => a.Name.ToLower() == lower, cancellationToken) is { } byName)
            {
                return (byName, null);
            }
            tried.Add($"no account is named '{name}'");
        }
        if (mapped.AccountDomain is { } domain)
        {
            var suffix = "@" + domain;
            var accounts = await db.Stakeholders.Where(s => s.Email != null && s.Email.ToLower().EndsWith(suffix))
                .Select(s => s.AccountId).Distinct().Take(2).ToListAsync(cancellationToken);
            if (accounts.Count == 1)
            {
                return (await db.Accounts.SingleAsync(a => a.Id == accounts[0], cancellationToken), null);
            }
            tried.Add(accounts.Count == 0 ? $"no stakeholder's e-mail is at {domain}" : $"stakeholders of several accounts are at {domain}");
        }
        if (mapped.StakeholderEmail is { } email)
        {
            var accounts = await db.Stakeholders.Where(s => s.Email != null && s.Email.ToLower() == email)
                .Select(s => s.AccountId).Distinct().Take(2).ToListAsync(cancellationToken);
            if (accounts.Count == 1)
            {
                return (await db.Accounts.SingleAsync(a => a.Id == accounts[0], cancellationToken), null);
            }
            tried.Add(accounts.Count == 0 ? $"no stakeholder has the e-mail {email}" : $"stakeholders of several accounts have the e-mail {email}");
        }
        return (null, $"No account found: {string.Join("; ", tried)}.");
    }
}
