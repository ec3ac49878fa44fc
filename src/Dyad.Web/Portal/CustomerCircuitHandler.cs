using Dyad.Data.Portal;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dyad.Web.Portal;

/// <summary>A portal page's circuit serves the customer user who opened it, as a request does through <see cref="CustomerScopeMiddleware"/>.</summary>
public sealed class CustomerCircuitHandler(AuthenticationStateProvider authentication, CustomerScope scope) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (state.User.Customer() is { } customer)
        {
            scope.Enter(customer);
        }
    }
}

/// <summary>Enters the signed-in customer user for the request; portal services read their account from nowhere else.</summary>
public sealed class CustomerScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CustomerScope scope)
    {
        if (context.User.Customer() is { } customer)
        {
            scope.Enter(customer);
        }
        return next(context);
    }
}
