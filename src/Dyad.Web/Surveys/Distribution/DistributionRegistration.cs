namespace Dyad.Web.Surveys.Distribution;

public static class DistributionRegistration
{
    /// <summary>E-mail through SMTP and the background scheduler that fires triggers and sends invitations and reminders.</summary>
    public static WebApplicationBuilder AddSurveyDistribution(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpSettings>(builder.Configuration.GetSection(SmtpSettings.Section));
        builder.Services.Configure<SchedulerSettings>(builder.Configuration.GetSection(SchedulerSettings.Section));
        builder.Services.AddSingleton<SurveyDispatcher>();
        if (builder.Configuration.GetValue($"{SchedulerSettings.Section}:{nameof(SchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<SurveyScheduler>();
        }
        return builder;
    }
}
