using Dyad.Web.Surveys.Distribution;

namespace Dyad.Web.Actions;

public static class ActionsRegistration
{
    /// <summary>
    /// The background jobs that open imported detractors' actions, escalate overdue actions and send webhooks, and what they
    /// send with. Escalation e-mails use the mail server <see cref="DistributionRegistration.AddSurveyDistribution"/> configures.
    /// </summary>
    public static WebApplicationBuilder AddActions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ActionJobSettings>(builder.Configuration.GetSection(ActionJobSettings.Section));
        // Receivers are other firms' servers: no redirects, so a signed payload goes only where it was configured to.
        builder.Services.AddHttpClient(WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddSingleton<EscalationMailer>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<ActionJobs>();
        builder.Services.Configure<FollowUpSettings>(builder.Configuration.GetSection(FollowUpSettings.Section));
        if (builder.Configuration.GetValue($"{FollowUpSettings.Section}:{nameof(FollowUpSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<FollowUpScheduler>();
        }
        if (builder.Configuration.GetValue($"{ActionJobSettings.Section}:{nameof(ActionJobSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<ActionScheduler>();
        }
        return builder;
    }
}
