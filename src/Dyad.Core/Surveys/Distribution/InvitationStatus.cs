namespace Dyad.Core.Surveys.Distribution;

/// <summary>How far an invitation got, furthest step first: an answered invitation was also sent and opened.</summary>
public enum InvitationStatus
{
    /// <summary>Not sent yet: waiting for the scheduler, for the survey to open, or for a mail server that was down.</summary>
    Pending,

    /// <summary>Held back by the fatigue cap and never sent.</summary>
    Suppressed,

    Sent,
    Bounced,
    Opened,
    Started,
    Answered,
}
