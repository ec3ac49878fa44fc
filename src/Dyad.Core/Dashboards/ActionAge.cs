namespace Dyad.Core.Dashboards;

/// <summary>How long an open action has been open, in the buckets the actions dashboard stacks.</summary>
public enum ActionAgeBucket
{
    UpToAWeek,
    UpToAMonth,
    UpToAQuarter,
    OverAQuarter,
}

public static class ActionAge
{
    public const int Week = 7;
    public const int Month = 30;
    public const int Quarter = 90;

    /// <summary>The bucket of an action opened at <paramref name="openedAt"/>, counted in whole days to <paramref name="now"/>.</summary>
    public static ActionAgeBucket Of(DateTimeOffset openedAt, DateTimeOffset now) => (int)Math.Floor((now - openedAt).TotalDays) switch
    {
        <= Week => ActionAgeBucket.UpToAWeek,
        <= Month => ActionAgeBucket.UpToAMonth,
        <= Quarter => ActionAgeBucket.UpToAQuarter,
        _ => ActionAgeBucket.OverAQuarter,
    };

    public static string Label(this ActionAgeBucket bucket) => bucket switch
    {
        ActionAgeBucket.UpToAWeek => "0-7 days",
        ActionAgeBucket.UpToAMonth => "8-30 days",
        ActionAgeBucket.UpToAQuarter => "31-90 days",
        _ => "over 90 days",
    };
}
