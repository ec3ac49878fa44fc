using Dyad.Core.Actions;
using Dyad.Core.Alerts.Communications;
using Dyad.Data;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Bench.Analytics;

/// <summary>
/// Customer questions and actions for the generated accounts, which the generator does not write: without them the
/// scorecard's SLA and open-risk inputs would have no data anywhere and their comparison would prove nothing.
/// </summary>
public static class HealthActivity
{
    private const string RecordedBy = "analytics benchmark";

    /// <summary>Up to four questions in the last 120 days, answered within 2-48 hours or still waiting, and up to three actions per account.</summary>
    public static async Task AddAsync(DyadDbContext db, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).ToListAsync();
        var people = (await db.Stakeholders.AsNoTracking().ToListAsync()).ToLookup(s => s.AccountId);
        var types = Enum.GetValues<ActionType>();
        var statuses = new[] { ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Cancelled };
        foreach (var account in accounts)
        {
            var mine = people[account.Id].ToList();
            for (var i = mine.Count == 0 ? 0 : random.Next(5); i > 0; i--)
            {
                var asked = now.AddMinutes(-random.Next(120 * 24 * 60));
                DateTimeOffset? answered = random.NextDouble() < 0.2 ? null : asked.AddHours(random.Next(2, 49));
                db.Communications.Add(new CustomerCommunication(account, new CommunicationDetails(CommunicationKind.Question, asked,
                        "When does the next release reach us?", mine[random.Next(mine.Count)].Id,
                        AnsweredAt: answered > now ? null : answered, AnsweredBy: answered > now ? null : "Support"),
                    mine, [], RecordedBy, asked));
            }
            for (var i = random.Next(4); i > 0; i--)
            {
                var action = new ActionItem(account.WorkspaceId, new ActionDetails(types[random.Next(types.Length)],
                    "Follow up on the account", account.Id, now.AddDays(random.Next(-30, 31))), now.AddDays(-40), RecordedBy);
                action.ChangeStatus(statuses[random.Next(statuses.Length)], now.AddDays(-40));
                db.ActionItems.Add(action);
            }
        }
        await db.SaveChangesAsync();
    }
}
