using System.Net.Http.Headers;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// Dyad through its real HTTP pipeline on a real database of its own, with the demo workspace seeded
/// as on a first start. One instance serves one test class.
/// </summary>
public abstract class DyadApp(TestDatabase database) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "test-password-1";

    public TestDatabase Database { get; } = database;

    public async Task InitializeAsync()
    {
        await Database.CreateAsync();
        _ = Server; // starts the host: migrations and the demo seed run now, not inside the first test
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(DatabaseSettings.DataDirectoryKey, Database.DataDirectory);
        builder.UseSetting(DatabaseSettings.ProviderKey, Database.Provider);
        builder.UseSetting(DatabaseSettings.ConnectionStringKey, Database.ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests run scheduler passes themselves (SurveyDispatcher.RunOnceAsync, ActionJobs.RunOnceAsync), at the moments they choose.
        builder.UseSetting("Dyad:Scheduler:Enabled", "false");
        builder.UseSetting("Dyad:Actions:Enabled", "false");
        builder.UseSetting("Dyad:FollowUps:Enabled", "false");
        builder.UseSetting("Dyad:Alerts:Enabled", "false");
        builder.UseSetting("Dyad:Digests:Enabled", "false");
        builder.UseSetting("Dyad:Health:Enabled", "false");
        builder.UseSetting("Dyad:Retention:Enabled", "false");
        builder.UseSetting("Dyad:Reports:Enabled", "false");
        // Tests sign in and call the API far faster than people do; the request-limit tests turn limits on for themselves.
        builder.UseSetting("Dyad:RateLimits:Enabled", "false");
    }

    /// <summary>Runs code with the app's services inside one workspace, as a request of its user would.</summary>
    public async Task<T> InWorkspaceAsync<T>(string slug, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindAsync(slug)
                        ?? await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().CreateAsync(slug, $"Workspace {slug}");
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        return await work(scope.ServiceProvider);
    }

    /// <summary>A new user with the role in the workspace (created if missing); returns the e-mail, password <see cref="Password"/>.</summary>
    public Task<UserView> CreateUserAsync(DyadRole role, string workspace = Workspace.DemoSlug) =>
        InWorkspaceAsync(workspace, async services =>
        {
            var scope = services.GetRequiredService<WorkspaceScope>();
            var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@{workspace}.example";
            var added = await services.GetRequiredService<UserAdministration>()
                .AddAsync(scope.Required, new NewUser(email, role, $"Test {role}", Password));
            return added.User;
        });

    /// <summary>An HTTP client that calls the API with a fresh user's personal API token.</summary>
    public async Task<HttpClient> ApiClientAsync(DyadRole role, string workspace = Workspace.DemoSlug) =>
        await ApiClientAsync(await CreateUserAsync(role, workspace), workspace);

    /// <summary>An HTTP client that calls the API as an existing user, with a personal API token issued for it.</summary>
    public async Task<HttpClient> ApiClientAsync(UserView user, string workspace = Workspace.DemoSlug)
    {
        var secret = await InWorkspaceAsync(workspace, async services =>
        {
            var owner = await services.GetRequiredService<UserManager<DyadUser>>().FindByIdAsync(user.Id.ToString());
            return (await services.GetRequiredService<ApiTokenService>().IssueAsync(owner!, "tests", TokenScope.Everything.Select(s => s.ToString()))).Secret;
        });
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}

public sealed class SqliteApp() : DyadApp(new SqliteTestDatabase());

public sealed class PostgresApp() : DyadApp(new PostgresTestDatabase());
