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

/// <summary>Marks a list that pages: it answers a <see cref="CursorPage{T}"/> and links to the next page.</summary>
public sealed class PagedMetadata
{
    public static readonly PagedMetadata Instance = new();

    private PagedMetadata()
    {
    }
}

/// <summary>Why a list answers a plain array: it is bounded by nature, so a client never needs more than one request.</summary>
public sealed record UnpagedMetadata(string Reason);

/// <summary>A list's filter values as the API spells them.</summary>
public static class QueryValues
{
    /// <summary>A query value in the API's snake case, or null when absent; anything else is a 400 listing the choices.</summary>
    public static TEnum? Enum<TEnum>(string? text, string field) where TEnum : struct, System.Enum =>
        text is null ? null
        : EnumText.TryParse<TEnum>(text, out var value) ? value
        : throw DomainValidationException.For(field, $"Choose one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(EnumText.ToSnakeCase))}.");
}

public static class PagingConventions
{
    /// <summary>Declares a list that stays a JSON array and why; a test holds every other list to paging.</summary>
    public static RouteHandlerBuilder Unpaged(this RouteHandlerBuilder builder, string reason) =>
        builder.WithMetadata(new UnpagedMetadata(reason));

    /// <summary>Adds <c>Link: &lt;...&gt;; rel="next"</c> to a list that has another page, as GitHub's API does.</summary>
    public static RouteHandlerBuilder WithNextLink(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(PagedMetadata.Instance).AddEndpointFilter(async (context, next) =>
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
