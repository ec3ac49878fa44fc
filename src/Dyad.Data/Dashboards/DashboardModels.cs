using Dyad.Core.Actions;
using Dyad.Core.Dashboards;
using Dyad.Core.Events;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;

namespace Dyad.Data.Dashboards;

/// <summary>Who looks: an account manager sees the accounts they own, everyone else the whole workspace.</summary>
public sealed record DashboardViewer(Guid? UserId, DyadRole Role)
{
    public bool SeesOwnAccountsOnly => Role == DyadRole.AccountManager;
}

/// <summary>What the filters can be set to for this viewer: their accounts, the segments among them and the phase numbers in use.</summary>
public sealed record DashboardOptions(IReadOnlyList<DashboardAccount> Accounts, IReadOnlyList<string> Segments, int Phases, bool OwnAccountsOnly);

public sealed record DashboardAccount(Guid Id, string Name);

/// <summary>The survey measures a trend follows.</summary>
public static class ScoreMeasures
{
    public const string Nps = "nps";
    public const string Csat = "csat";
    public const string Ces = "ces";

    public static string Label(string measure) => measure switch
    {
        Nps => "NPS",
        Csat => "CSAT (% satisfied)",
        _ => "CES (mean, 1-7)",
    };
}

/// <summary>
/// One figure of a survey over some responses: NPS in points, CSAT in percent satisfied, CES as the mean; with its 95 %
/// margin of error in the same unit and the number of answers it rests on. Null where the data leave it undefined.
/// </summary>
public sealed record ScoreEstimate(int Responses, double? Value, double? Margin)
{
    public double? Lower => Value - Margin;
    public double? Upper => Value + Margin;
}

public sealed record ScorePoint(string Period, DateOnly Start, ScoreEstimate Estimate);

/// <summary>One NPS, CSAT or CES survey: its score over the whole period and per month.</summary>
public sealed record ScoreSeries(Guid SurveyId, string Survey, string Measure, ScoreEstimate Overall, IReadOnlyList<ScorePoint> Trend);

public sealed record ServqualDimensionGap(string Dimension, double? Expectation, double? Perception, double? Gap);

public sealed record ServqualSurveyGaps(Guid SurveyId, string Survey, int Respondents, double? OverallGap, IReadOnlyList<ServqualDimensionGap> Dimensions);

/// <summary>A keyword of the 004 content analysis with the sentiment of the answers naming it.</summary>
public sealed record KeywordSentiment(string? Topic, string Keyword, int Frequency, int Positive, int Neutral, int Negative, double? MeanCompound);

/// <summary>How many practice uses of a phase fall in each quadrant of the circumplex, and how many were coded without modes.</summary>
public sealed record PhaseMix(int Phase, string PhaseName, int AdHocReactive, int RegularReactive, int AdHocProactive, int RegularProactive, int WithoutMode)
{
    public int Total => AdHocReactive + RegularReactive + AdHocProactive + RegularProactive + WithoutMode;
}

public sealed record PracticePanel(string? TemplateName, int EventCount, IReadOnlyList<PhaseMix> Mix, IReadOnlyList<CircumplexPlacement> Circumplex);

public sealed record ExperienceMark(DateOnly OccurredOn, string CaseId, string Title, ExperienceState Before, ExperienceState After, bool BeyondRepair);

public sealed record AccountExperienceTimeline(Guid AccountId, string Account, IReadOnlyList<ExperienceMark> Events);

/// <summary>A target experience's attainment: realized against intended on 0-100, over how many readings.</summary>
public sealed record AttainmentRow(Guid ExperienceId, string Experience, int Intended, double? Realized, double? Gap, int DataPoints);

/// <summary>A survey's invitations and how many were answered; the rate is answered over invited, as the distribution page shows it.</summary>
public sealed record SurveyResponseRate(Guid SurveyId, string Survey, int Invited, int Sent, int Answered, double? Rate);

public sealed record ActionAgeCount(ActionAgeBucket Age, ActionType Type, int Count);
