namespace Dyad.Web.Surveys.Distribution;

public enum SmtpSecurity
{
    None,
    StartTls,
    Ssl,
}

/// <summary>The mail server invitations go through (<c>Dyad:Smtp:*</c>). Without a host, Dyad sends no e-mail.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Dyad:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "Dyad <surveys@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How often the survey scheduler looks for work (<c>Dyad:Scheduler:*</c>).</summary>
public sealed class SchedulerSettings
{
    public const string Section = "Dyad:Scheduler";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
