using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Notifications;
using Dyad.Core.Surveys;
using Dyad.Data.Surveys;

namespace Dyad.Data.Feedback;

/// <summary>
/// Routes new negative feedback to the owners of its keywords (002: text analytics routing themes to the people who
/// act on them): each owner of a keyword of a red-carded answer gets one notification per answer, however many of
/// their keywords it names. The notification is also e-mailed by the notification e-mail pass, unless the owner opted out.
/// </summary>
public sealed class FeedbackRouting(SentimentAnalysers analysers, TimeProvider clock)
{
    public const int ExcerptLength = 160;

    /// <summary>
    /// Adds to <paramref name="db"/> the notifications of a response about to be stored on it, so they commit with it.
    /// Its items are new, so none of their notifications can exist yet. The codebook is read only when an answer reads
    /// negative, since only red-carded feedback is routed.
    /// </summary>
    /// <returns>How many notifications were added.</returns>
    internal async Task<int> StageAsync(DyadDbContext db, SurveyResponse response, Survey survey, RespondentDetails respondent,
        CancellationToken cancellationToken)
    {
        var items = new FeedbackItems(db, analysers);
        if (!items.HasNegativeAnswer(response, survey))
        {
            return 0;
        }
        var codebook = await CodebookService.CombinedAsync(db, cancellationToken);
        var notifications = new List<Notification>();
        foreach (var item in items.ItemsOf(response, survey, respondent.AccountName, respondent.StakeholderName, respondent.StakeholderRole,
                     codebook.Codebook).Where(i => i.Card == FeedbackCard.Red))
        {
            var owned = item.Keywords.Where(k => codebook.Owners.Contains(k)).ToArray();
            foreach (var owner in owned.SelectMany(k => codebook.Owners[k]).Distinct())
            {
                var mine = owned.Where(k => codebook.Owners[k].Contains(owner)).ToArray();
                var excerpt = item.Text.Length > ExcerptLength ? item.Text[..ExcerptLength] + "…" : item.Text;
                notifications.Add(new Notification(db.Scope.Required, owner, $"feedback:{item.Id}",
                    $"Negative feedback on {string.Join(", ", mine)}{(item.AccountName is null ? "" : $" from {item.AccountName}")}: \"{excerpt}\"",
                    $"/feedback?keyword={Uri.EscapeDataString(mine[0])}", clock.GetUtcNow(), NotificationKind.NegativeFeedback));
            }
        }
        db.Notifications.AddRange(notifications);
        return notifications.Count;
    }
}
