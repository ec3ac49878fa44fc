using Dyad.Core.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Common;

/// <summary>A service scope that has entered <see cref="Workspace"/>.</summary>
internal sealed class WorkspaceSession(AsyncServiceScope scope, Workspace workspace) : IAsyncDisposable
{
    public Workspace Workspace => workspace;

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
