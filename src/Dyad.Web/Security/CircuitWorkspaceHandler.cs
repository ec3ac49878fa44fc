using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dyad.Web.Security;

/// <summary>
/// An interactive page lives in a circuit, not a request, so the middleware never runs for it. The circuit
/// enters its user's workspace when it opens, before any component renders.
/// </summary>
public sealed class CircuitWorkspaceHandler(AuthenticationStateProvider authentication, WorkspaceScope scope) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (state.User.WorkspaceId() is { } workspaceId)
        {
            scope.Enter(workspaceId);
        }
    }
}
