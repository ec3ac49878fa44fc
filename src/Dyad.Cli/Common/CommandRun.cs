using System.CommandLine;
using Dyad.Data;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Common;

/// <summary>One invocation of a command that works on the database, with the database's services.</summary>
internal sealed class CommandRun(ParseResult parse, IServiceProvider services, CancellationToken cancellationToken)
    : CommandInvocation(parse, cancellationToken)
{
    public DatabaseSettings Settings => services.GetRequiredService<DatabaseSettings>();

    /// <summary>A scope on a database that may not have its schema yet, for the commands that create it.</summary>
    public AsyncServiceScope OpenScope() => services.CreateAsyncScope();

    /// <summary>A scope on a database whose schema is current, in no workspace yet.</summary>
    public async Task<AsyncServiceScope> OpenMigratedScopeAsync()
    {
        var scope = services.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(CancellationToken)).Count();
            if (pending > 0)
            {
                throw new CommandFailedException(
                    $"The {Settings.Describe()} lacks {pending} migration(s); run 'dyad db migrate' first.");
            }
            return scope;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>A scope working in the workspace with this slug; its data is visible and writable only there.</summary>
    public async Task<WorkspaceSession> OpenWorkspaceAsync(string slug)
    {
        var scope = await OpenMigratedScopeAsync();
        try
        {
            var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindAsync(slug, CancellationToken)
                ?? throw new CommandFailedException($"There is no workspace '{slug}' in the {Settings.Describe()}.");
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
            return new WorkspaceSession(scope, workspace);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }
}
