using Dyad.Data.Initiatives;
using Dyad.Data.Portal;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            services.AddDbContextFactory<SqliteDyadDbContext>(o => o.UseSqlite(settings.ConnectionString), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<DyadDbContext>, BaseContextFactory<SqliteDyadDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<PostgresDyadDbContext>(o => o.UseNpgsql(settings.ConnectionString), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<DyadDbContext>, BaseContextFactory<PostgresDyadDbContext>>();
        }
        services.AddScoped<DyadDbContext>(sp => sp.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContext());
        services.AddSingleton(SurveyLinks.From(configuration));
        services.AddSingleton(InitiativeSettings.From(configuration));
        services.AddSingleton(PortalSettings.From(configuration, settings));
        services.AddDyadFeatures();
        return services;
    }

    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DyadDbContext>
        where TContext : DyadDbContext
    {
        public DyadDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
