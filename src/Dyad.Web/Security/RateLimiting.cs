using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dyad.Web.Security;

/// <summary>One fixed-window limit: so many requests per window.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Request limits (<c>Dyad:RateLimits:*</c>): sign-in forms per client address (password guessing, e-mail bombing with
/// sign-in links), survey pages per client address (floods of answers through an open link), the API per token or user.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Dyad:RateLimits";

    public bool Enabled { get; set; } = true;
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10 };
    public WindowLimit SurveySubmission { get; set; } = new() { PermitLimit = 30 };
    public WindowLimit Api { get; set; } = new() { PermitLimit = 600 };
}

public static class RateLimiting
{
    public static WebApplicationBuilder AddDyadRateLimiting(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            if (settings.Enabled)
            {
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
            }
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitSettings settings)
    {
        var path = context.Request.Path;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (HttpMethods.IsPost(context.Request.Method)
            && (path.StartsWithSegments("/login") || path.StartsWithSegments("/portal/sign-in") || path.StartsWithSegments("/portal/link")))
        {
            return Window($"sign-in:{client}", settings.SignIn);
        }
        if (path.StartsWithSegments("/s"))
        {
            return Window($"survey:{client}", settings.SurveySubmission);
        }
        if (path.StartsWithSegments("/api"))
        {
            var caller = context.User.ApiTokenId() is { } token ? $"token:{token}"
                : context.User.UserId() is { } user ? $"user:{user}"
                : $"address:{client}";
            return Window($"api:{caller}", settings.Api);
        }
        return RateLimitPartition.GetNoLimiter("none");
    }

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"Too many requests in a short time; try again in {seconds} seconds.").ExecuteAsync(context);
    }
}
