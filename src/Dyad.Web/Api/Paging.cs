using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Dyad.Web.Api;

/// <summary>The query string every list shares: <c>?limit=&amp;cursor=&amp;sort=&amp;order=asc|desc</c>.</summary>
public sealed record PageQuery(int? Limit, string? Cursor, string? Sort, string? Order)
{
    public CursorRequest ToRequest()
    {
        SortOrder? order = Order?.ToLowerInvariant() switch
        {
            null => null,
            "asc" => SortOrder.Asc,
            "desc" => SortOrder.Desc,
            _ => throw DomainValidationException.For("order", "Order is 'asc' or 'desc'."),
        };
        return new CursorRequest(Limit ?? CursorRequest.DefaultLimit, Cursor, Sort, order);
    }
}

public static class PagingConventions
{
    /// <summary>Adds <c>Link: &lt;...&gt;; rel="next"</c> to a list that has another page, as GitHub's API does.</summary>
    public static RouteHandlerBuilder WithNextLink(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var page = (result as INestedHttpResult)?.Result ?? result as IResult;
            if (page is IValueHttpResult { Value: ICursorPage { NextCursor: { } cursor } })
            {
                var request = context.HttpContext.Request;
                var query = QueryHelpers.ParseQuery(request.QueryString.Value);
                query["cursor"] = cursor;
                var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path,
                    QueryString.Create(query));
                context.HttpContext.Response.Headers.Link = $"<{url}>; rel=\"next\"";
            }
            return result;
        });
}
