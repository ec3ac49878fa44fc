using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Initiatives;

/// <summary>A survey response in an initiative's scope, as the measurement reads it.</summary>
public sealed record MeasuredResponse(DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, Answer> Answers);

/// <summary>An open answer in an initiative's scope: when it came and whether it carries a red card.</summary>
public sealed record MeasuredFeedback(DateTimeOffset SubmittedAt, bool Negative);

/// <summary>The metric over one window: how many responses (or answers) it rests on and its value, null without any.</summary>
public sealed record WindowScore(DateOnly From, DateOnly To, int Count, double? Value);

/// <summary>
/// An initiative's before/after measurement. <see cref="Change"/> is after minus before; <see cref="Improved"/> says
/// whether that change is for the better given the metric's direction, null while either window is empty.
/// </summary>
public sealed record BeforeAfterResult(MeasureMetric Metric, WindowScore Before, WindowScore After, double? Change, bool? Improved);

/// <summary>Re-measures before vs after (002's responsive cycle) with the survey analyses the rest of Dyad uses.</summary>
public static class BeforeAfter
{
    private const double Percent = 100;

    public static BeforeAfterResult Measure(MeasurementPlan plan, IReadOnlyCollection<MeasuredResponse> responses, IReadOnlyCollection<MeasuredFeedback> feedback)
    {
        plan.Validate().ThrowIfAny();
        var before = Score(plan, plan.BaselineFrom, plan.BaselineTo, responses, feedback);
        var after = Score(plan, plan.AfterFrom, plan.AfterTo, responses, feedback);
        var change = after.Value - before.Value;
        return new BeforeAfterResult(plan.Metric, before, after, change, change is { } c ? (plan.HigherIsBetter ? c > 0 : c < 0) : null);
    }

    private static WindowScore Score(MeasurementPlan plan, DateOnly from, DateOnly to,
        IReadOnlyCollection<MeasuredResponse> responses, IReadOnlyCollection<MeasuredFeedback> feedback)
    {
        var inWindow = responses.Where(r => Within(r.SubmittedAt, from, to)).ToList();
        var scores = inWindow.Select(r => Number(r, BuiltInInstruments.ScoreQuestion)).OfType<int>().ToList();
        switch (plan.Metric)
        {
            case MeasureMetric.Nps:
                var nps = Nps.Of(scores);
                return new WindowScore(from, to, nps.Responses, nps.Score);
            case MeasureMetric.Csat:
                var csat = Csat.Of(scores);
                return new WindowScore(from, to, csat.Responses, csat.Share * Percent);
            case MeasureMetric.Ces:
                var ces = Ces.Of(scores);
                return new WindowScore(from, to, ces.Responses, ces.Mean);
            case MeasureMetric.QuestionAverage:
                var keys = plan.QuestionKeys!.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList();
                var numbers = inWindow.SelectMany(r => keys.Select(k => Number(r, k))).OfType<int>().ToList();
                return new WindowScore(from, to, numbers.Count, numbers.Count == 0 ? null : numbers.Average());
            case MeasureMetric.NegativeFeedbackShare:
                var answers = feedback.Where(f => Within(f.SubmittedAt, from, to)).ToList();
                return new WindowScore(from, to, answers.Count, answers.Count == 0 ? null : answers.Count(f => f.Negative) * Percent / answers.Count);
            default:
                throw new ArgumentOutOfRangeException(nameof(plan), plan.Metric, "Not a metric.");
        }
    }

    private static int? Number(MeasuredResponse response, string key) =>
        response.Answers.TryGetValue(key, out var answer) ? answer.Number : null;

    private static bool Within(DateTimeOffset at, DateOnly from, DateOnly to)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day >= from && day <= to;
    }
}
