using Dyad.Data;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Web.Accounts;

/// <summary>
/// Answers 404 for a route under <c>/accounts/{accountId}</c> whose account is not in the caller's workspace, before
/// the handler runs: a list read by account id would otherwise answer an empty 200 for another workspace's account.
/// </summary>
public sealed class AccountRouteFilter(DyadDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Guid.TryParse(http.GetRouteValue("accountId")?.ToString(), out var accountId)
            && !await db.Accounts.AnyAsync(a => a.Id == accountId, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        return await next(context);
    }
}
