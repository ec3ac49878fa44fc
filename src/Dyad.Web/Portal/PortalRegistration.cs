using Dyad.Web.Surveys.Distribution;

namespace Dyad.Web.Portal;

public static class PortalRegistration
{
    /// <summary>The customer portal: its sign-in, its e-mail and the pass that retries document notices.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.AddPortalSecurity();
        builder.Services.AddSingleton<PortalMail>();
        if (builder.Configuration.GetValue($"{SchedulerSettings.Section}:{nameof(SchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<PortalNoticeSender>();
        }
        return builder;
    }
}
