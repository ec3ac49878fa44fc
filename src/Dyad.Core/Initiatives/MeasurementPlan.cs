using Dyad.Core.Common;

namespace Dyad.Core.Initiatives;

public enum MeasureMetric
{
    /// <summary>Net Promoter Score in points of an NPS survey.</summary>
    Nps,

    /// <summary>Share of satisfied answers, in percent, of a CSAT survey.</summary>
    Csat,

    /// <summary>Mean customer effort of a CES survey.</summary>
    Ces,

    /// <summary>Mean of the numeric answers to chosen questions of a survey.</summary>
    QuestionAverage,

    /// <summary>Share of open answers, in percent, carrying a red card, across all surveys.</summary>
    NegativeFeedbackShare,
}

/// <summary>
/// What an initiative is measured by and over which two windows (dates inclusive, UTC): a baseline before the change
/// is implemented and a window after it.
/// </summary>
public sealed record MeasurementPlan(
    MeasureMetric Metric,
    Guid? SurveyId,
    IReadOnlyList<string>? QuestionKeys,
    DateOnly BaselineFrom,
    DateOnly BaselineTo,
    DateOnly AfterFrom,
    DateOnly AfterTo)
{
    /// <summary>Whether a higher value is the better experience: fewer red cards is better, everything else more.</summary>
    public bool HigherIsBetter => Metric != MeasureMetric.NegativeFeedbackShare;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Defined(nameof(Metric), Metric, "Metric");
        if (Metric != MeasureMetric.NegativeFeedbackShare && SurveyId is null)
        {
            errors.Add(nameof(SurveyId), "Choose the survey whose responses measure the initiative.");
        }
        if (Metric == MeasureMetric.QuestionAverage && (QuestionKeys is null || QuestionKeys.All(string.IsNullOrWhiteSpace)))
        {
            errors.Add(nameof(QuestionKeys), "Choose at least one question to average.");
        }
        if (BaselineFrom > BaselineTo)
        {
            errors.Add(nameof(BaselineTo), "The baseline window ends after it starts.");
        }
        if (AfterFrom > AfterTo)
        {
            errors.Add(nameof(AfterTo), "The after window ends after it starts.");
        }
        if (BaselineTo >= AfterFrom)
        {
            errors.Add(nameof(AfterFrom), "The after window starts once the baseline window has ended.");
        }
        return errors;
    }
}
