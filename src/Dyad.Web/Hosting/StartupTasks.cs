using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;

namespace Dyad.Web.Hosting;

/// <summary>
/// Brings the database up to date on start, creates the demo workspace and the initial admin when asked,
/// and tells the person who started Dyad where the data is and how to sign in.
/// </summary>
public static class StartupTasks
{
    public const string SeedDemoKey = "Dyad:Demo:Seed";
    public const string AdminEmailKey = "DYAD_ADMIN_EMAIL";
    public const string AdminPasswordKey = "DYAD_ADMIN_PASSWORD";
    public const string AdminWorkspaceKey = "DYAD_ADMIN_WORKSPACE";

    public static async Task InitializeDyadAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Dyad");
        var settings = app.Services.GetRequiredService<DatabaseSettings>();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var applied = await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<DyadDbContext>());
            logger.LogInformation("Dyad data: {Database}; {Count} migration(s) applied", settings.Describe(), applied.Count);
        }

        var seedDemo = configuration.GetValue(SeedDemoKey, defaultValue: true);
        if (seedDemo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<DemoWorkspace>().SeedAsync())
            {
                logger.LogInformation("Created the demo workspace '{Slug}'", Workspace.DemoSlug);
            }
        }

        var adminEmail = configuration[AdminEmailKey];
        if (!string.IsNullOrWhiteSpace(adminEmail))
        {
            await EnsureAdminAsync(app.Services, adminEmail, configuration[AdminPasswordKey],
                configuration[AdminWorkspaceKey] ?? (seedDemo ? Workspace.DemoSlug : "main"), logger);
        }

        var urls = string.Join(", ", app.Urls.DefaultIfEmpty(configuration["urls"] ?? "http://localhost:5080"));
        var signIn = !string.IsNullOrWhiteSpace(adminEmail)
            ? $"sign in as {adminEmail}"
            : seedDemo ? $"sign in as {DemoWorkspace.AdminEmail} with password {DemoWorkspace.Password}" : "add a user with 'dyad users add'";
        Console.WriteLine($"Dyad keeps its data in the {settings.Describe()} (data folder {settings.DataDirectory}).");
        Console.WriteLine($"Open {urls} and {signIn}.");
    }

    private static async Task EnsureAdminAsync(IServiceProvider services, string email, string? password, string workspaceSlug, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException($"{AdminEmailKey} is set, so {AdminPasswordKey} must be set too.");
        }
        var directory = scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>();
        var workspace = await directory.FindAsync(workspaceSlug) ?? await directory.CreateAsync(workspaceSlug, workspaceSlug);
        await users.AddAsync(workspace.Id, new NewUser(email, DyadRole.Admin, Password: password));
        logger.LogInformation("Created the initial admin {Email} in workspace '{Slug}'", email, workspace.Slug);
    }
}
