using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Initiatives;
using Dyad.Data.Feedback;
using Dyad.Data.JourneyDesign;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Initiatives;

/// <summary>Selects the responses in an initiative's scope and both windows, and hands them to the pure before/after measurement.</summary>
internal sealed class InitiativeMeasurement(DyadDbContext db, SentimentAnalysers analysers)
{
    public async Task<BeforeAfterResult> MeasureAsync(InitiativeScope scope, TemplatePlaces? places, MeasurementPlan plan, CancellationToken cancellationToken)
    {
        var responses = db.SurveyResponses.AsNoTracking();
        if (plan.Metric != MeasureMetric.NegativeFeedbackShare)
        {
            responses = responses.Where(r => r.SurveyId == plan.SurveyId);
        }
        var from = new DateTimeOffset(plan.BaselineFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(plan.AfterTo.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        responses = responses.Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        if (places is not null)
        {
            var journeyIds = places.JourneyIds.ToList();
            responses = responses.Where(r => r.Context.JourneyId != null && journeyIds.Contains(r.Context.JourneyId.Value));
        }
        if (scope.PhaseList.Count > 0)
        {
            var phases = scope.PhaseList.ToList();
            responses = responses.Where(r => r.Context.Phase != null && phases.Contains(r.Context.Phase.Value));
        }
        if (places is not null && scope.TouchpointKeyList.Count > 0)
        {
            var touchpointIds = places.JourneyTouchpointsFor(scope.TouchpointKeyList.ToHashSet()).ToList();
            responses = responses.Where(r => r.Context.TouchpointId != null && touchpointIds.Contains(r.Context.TouchpointId.Value));
        }
        if (scope.AccountIdList.Count > 0)
        {
            var accountIds = scope.AccountIdList.ToList();
            responses = responses.Where(r => r.AccountId != null && accountIds.Contains(r.AccountId.Value));
        }
        if (plan.Metric == MeasureMetric.NegativeFeedbackShare)
        {
            var (_, items) = await new FeedbackItems(db, analysers).ReadAsync(responses, cancellationToken);
            return BeforeAfter.Measure(plan, [], items.Select(i => new MeasuredFeedback(i.SubmittedAt, i.Card == FeedbackCard.Red)).ToList());
        }
        var selected = await responses.Select(r => new { r.SubmittedAt, r.Answers }).ToListAsync(cancellationToken);
        return BeforeAfter.Measure(plan, selected.Select(r => new MeasuredResponse(r.SubmittedAt, r.Answers)).ToList(), []);
    }
}
