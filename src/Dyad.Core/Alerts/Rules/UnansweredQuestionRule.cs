using System.Globalization;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Common;

namespace Dyad.Core.Alerts.Rules;

/// <summary>Slow communication (001, destructing activity B): a customer's question without an answer beyond the limit.</summary>
public sealed class UnansweredQuestionRule : AlertRule
{
    /// <summary>004 proposes answering every customer question within 24 hours.</summary>
    public const decimal DefaultLimitHours = 24;

    public override string Key => "unanswered_question";
    public override string Name => "Unanswered customer question";
    public override string Description => "A customer's question has no answer after the response-time limit (004 proposes 24 hours; 001: communicating slowly).";
    public override AlertGroup Group => AlertGroup.WarningSign;
    public override RuleThreshold Threshold => new("Response-time limit", "hours", DefaultLimitHours, 1, 24 * 30);

    public override IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold)
    {
        var limit = TimeSpan.FromHours((double)threshold);
        foreach (var question in account.OfKind(CommunicationKind.Question).Where(q => q.AnsweredAt is null))
        {
            var waited = account.Now - question.OccurredAt;
            if (waited > limit)
            {
                var by = question.Channel is { } channel ? $" by {channel.ToLabel()}" : "";
                yield return new Finding($"question:{question.Id}",
                    $"{account.StakeholderName(question.StakeholderId)} asked{by} on {question.OccurredAt.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC " +
                    $"(\"{question.Summary}\") and has had no answer for {(int)waited.TotalHours} hours; the limit is {threshold:0.##} hours.");
            }
        }
    }
}
