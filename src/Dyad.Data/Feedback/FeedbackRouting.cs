using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Notifications;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

/// <summary>
/// Routes new negative feedback to the owners of its keywords (002: text analytics routing themes to the people who
/// act on them): each owner of a keyword of a red-carded answer gets one notification per answer, however many of
/// their keywords it names and however often it is routed. The notification is also e-mailed by the notification
/// e-mail pass, unless the owner opted out.
/// </summary>
public sealed class FeedbackRouting(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers, TimeProvider clock)
{
    public const int ExcerptLength = 160;

    /// <summary>Called when a response was stored; returns how many notifications were created.</summary>
    public async Task<int> RouteResponseAsync(Guid responseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (codebook, items) = await new FeedbackItems(db, analysers).ReadAsync(db.SurveyResponses.Where(r => r.Id == responseId), cancellationToken);
        var created = 0;
        foreach (var item in items.Where(i => i.Card == FeedbackCard.Red))
        {
            var owned = item.Keywords.Where(k => codebook.Owners.Contains(k)).ToArray();
            foreach (var owner in owned.SelectMany(k => codebook.Owners[k]).Distinct())
            {
                var key = $"feedback:{item.Id}";
                if (await db.Notifications.AnyAsync(n => n.UserId == owner && n.Key == key, cancellationToken))
                {
                    continue;
                }
                var mine = owned.Where(k => codebook.Owners[k].Contains(owner)).ToArray();
                var excerpt = item.Text.Length > ExcerptLength ? item.Text[..ExcerptLength] + "…" : item.Text;
                db.Notifications.Add(new Notification(db.Scope.WorkspaceId!.Value, owner, key,
                    $"Negative feedback on {string.Join(", ", mine)}{(item.AccountName is null ? "" : $" from {item.AccountName}")}: \"{excerpt}\"",
                    $"/feedback?keyword={Uri.EscapeDataString(mine[0])}", clock.GetUtcNow(), NotificationKind.NegativeFeedback));
                created++;
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // A concurrent routing of the same response got there first; its notifications are the ones.
            return 0;
        }
        return created;
    }
}
