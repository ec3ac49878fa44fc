namespace Dyad.Core.Alerts;

/// <summary>
/// Why a rule fired for an account. <see cref="ReasonKey"/> names the occasion (one question, one meeting, the account as a
/// whole), so the same occasion keeps one alert however often it is evaluated; <see cref="Reason"/> tells a person why.
/// </summary>
public sealed record Finding(string ReasonKey, string Reason)
{
    public const int ReasonKeyMaxLength = 120;
    public const int ReasonMaxLength = 1000;
}

/// <summary>The one number a workspace may tune on a rule: a time limit, a count, a score gap.</summary>
public sealed record RuleThreshold(string Label, string Unit, decimal Default, decimal Min, decimal Max);

/// <summary>A check over one account's data; pure, so it is tested with plain objects and evaluated anywhere.</summary>
public abstract class AlertRule
{
    public const int KeyMaxLength = 60;

    /// <summary>Stable name in settings, alerts and the API (<c>unanswered_question</c>).</summary>
    public abstract string Key { get; }

    public abstract string Name { get; }

    /// <summary>What the rule looks for and the source that calls it a risk.</summary>
    public abstract string Description { get; }

    public abstract AlertGroup Group { get; }

    /// <summary>Empty for a rule with nothing to tune.</summary>
    public virtual RuleThreshold? Threshold => null;

    /// <param name="threshold">The workspace's value of <see cref="Threshold"/>, or its default; ignored by rules without one.</param>
    public abstract IEnumerable<Finding> Evaluate(AccountSnapshot account, decimal threshold);
}

/// <summary>Where a rule comes from: the warning signs of 000/001/004 or the challenges of 003.</summary>
public enum AlertGroup
{
    WarningSign,
    Challenge,
}
