using System.Text.Json;
using Dyad.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dyad.Web.Hosting;

/// <summary><c>/health</c>: 200 while the database answers, 503 otherwise, with the provider named.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddDyadHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapDyadHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
            }),
        });
    }

    private sealed class DatabaseHealthCheck(DyadDbContext db, DatabaseSettings settings) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var provider = settings.Provider.ToString().ToLowerInvariant();
            try
            {
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy($"{provider} reachable")
                    : HealthCheckResult.Unhealthy($"{provider} unreachable");
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy($"{provider} unreachable", ex);
            }
        }
    }
}
