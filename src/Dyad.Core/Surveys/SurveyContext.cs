namespace Dyad.Core.Surveys;

/// <summary>
/// Where in the customer journey a survey was asked: the journey, the phase it was in and the touchpoint that
/// prompted it. Responses keep it so scores break down by phase and touchpoint (product brief, Measurement).
/// </summary>
public sealed record SurveyContext(Guid? JourneyId = null, int? Phase = null, Guid? TouchpointId = null)
{
    public static readonly SurveyContext None = new();
}
