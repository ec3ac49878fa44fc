using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Initiatives;
using Dyad.Data.Portal;
using Dyad.Data.Security;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dyad.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider's context behind <see cref="DyadDbContext"/> and a factory for short-lived
    /// contexts (Blazor circuits outlive a unit of work); both see the scope's <see cref="WorkspaceScope"/>.
    /// </summary>
    public static IServiceCollection AddDyadData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddScoped<WorkspaceScope>();
        // The CLI registers its own default first; the web host's writes outside a request are the system's.
        services.TryAddSingleton(new DefaultAuditActor(AuditActor.System));
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<WriteConditions>();
        services.AddScoped<RowVersionInterceptor>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            services.AddDbContextFactory<SqliteDyadDbContext>((sp, o) => o.UseSqlite(settings.ConnectionString)
                    .AddInterceptors(sp.GetRequiredService<RowVersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), new SqliteSha256Function()),
                ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<DyadDbContext>, BaseContextFactory<SqliteDyadDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<PostgresDyadDbContext>((sp, o) => o.UseNpgsql(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<RowVersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>()),
                ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<DyadDbContext>, BaseContextFactory<PostgresDyadDbContext>>();
        }
        services.AddScoped<DyadDbContext>(sp => sp.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContext());
        services.AddSingleton(SurveyLinks.From(configuration, settings));
        services.AddSingleton(InitiativeSettings.From(configuration));
        services.AddSingleton(PortalSettings.From(configuration, settings));
        services.AddSingleton(SecuritySettings.ThrottleFrom(configuration));
        services.AddDyadFeatures();
        return services;
    }

    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DyadDbContext>
        where TContext : DyadDbContext
    {
        public DyadDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
