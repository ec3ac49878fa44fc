using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Dyad.Web.Api;

/// <summary>
/// Optimistic concurrency over HTTP. If-Match is optional: a write without it behaves as before (last writer wins, but
/// two saves at once still cannot both pass the row version check). With it, the write runs only if the row is still at
/// that version, checked by the database in the same statement that writes the row.
/// </summary>
internal sealed class EntityTagFilter(EntityVersions versions, WriteConditions conditions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tag = http.GetEndpoint()!.Metadata.GetRequiredMetadata<EntityTagMetadata>();
        // A key that is not an id (a built-in instrument's name) names nothing stored, so it has no version.
        if (!Guid.TryParse(http.Request.RouteValues[tag.RouteParameter]?.ToString(), out var id)
            || await tag.ReadAsync(versions, id, http.RequestAborted) is not { } current)
        {
            return await next(context);
        }
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            // Read before the handler: if a write lands in between, the tag is older than the body and a write with it
            // is refused, never the other way round.
            return Matches(http.Request.Headers.IfNoneMatch, current)
                ? NotModified(http, current)
                : Tagged(http, await next(context), current);
        }
        var ifMatch = http.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return await WriteAsync(context, next, tag, id);
        }
        if (!Matches(ifMatch, current))
        {
            return Stale(http, current);
        }
        using (conditions.Expect(tag.EntityType, id, current))
        {
            try
            {
                return await WriteAsync(context, next, tag, id);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Stale(http, await tag.ReadAsync(versions, id, http.RequestAborted));
            }
        }
    }

    public static string Format(long version) => $"\"{version}\"";

    private async Task<object?> WriteAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, EntityTagMetadata tag, Guid id)
    {
        var result = await next(context);
        if (ApiResults.StatusOf(result) == StatusCodes.Status200OK && await tag.ReadAsync(versions, id, context.HttpContext.RequestAborted) is { } written)
        {
            context.HttpContext.Response.Headers.ETag = Format(written);
        }
        return result;
    }

    private static bool Matches(IList<string?> header, long current)
    {
        if (header.Count == 0)
        {
            return false;
        }
        return EntityTagHeaderValue.TryParseList(header.OfType<string>().ToList(), out var tags)
               && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Equals(Format(current), StringComparison.Ordinal)));
    }

    private static object? Tagged(HttpContext http, object? result, long current)
    {
        if (ApiResults.StatusOf(result) == StatusCodes.Status200OK)
        {
            http.Response.Headers.ETag = Format(current);
        }
        return result;
    }

    private static IResult NotModified(HttpContext http, long current)
    {
        http.Response.Headers.ETag = Format(current);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    private static IResult Stale(HttpContext http, long? current)
    {
        if (current is { } version)
        {
            http.Response.Headers.ETag = Format(version);
        }
        return TypedResults.Problem(
            title: "The resource changed since you read it.",
            detail: current is null
                ? "It no longer exists."
                : $"Its ETag is now {Format(current.Value)}. GET it again, reapply your change and send the new ETag in If-Match.",
            statusCode: StatusCodes.Status412PreconditionFailed);
    }
}
