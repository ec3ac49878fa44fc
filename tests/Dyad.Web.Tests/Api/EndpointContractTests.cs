using System.Collections;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Api;

/// <summary>
/// Walks every endpoint the app maps, so a new one cannot forget the API's contract: a single resource's reads and
/// writes carry ETags (or say why not), every POST goes through the Idempotency-Key filter (or says why not), and every
/// list pages (or says why it need not).
/// </summary>
public sealed class EndpointContractTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private IReadOnlyList<(string Method, RouteEndpoint Endpoint)> ApiEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e)))
            .ToList();

    private static string Name((string Method, RouteEndpoint Endpoint) e) => $"{e.Method} {e.Endpoint.RoutePattern.RawText}";

    [Fact]
    public void Every_single_resource_read_and_write_carries_an_etag_or_says_why_not()
    {
        var endpoints = ApiEndpoints();
        // Writes name their resource by any route parameter (PUT /actions/{id}/status); reads only by a last one.
        var singles = endpoints.Where(e => e.Method is "PUT" or "PATCH" or "DELETE"
                ? e.Endpoint.RoutePattern.Parameters.Count > 0
                : e.Method == "GET" && e.Endpoint.RoutePattern.PathSegments[^1].Parts is [RoutePatternParameterPart])
            .ToList();

        var missing = singles.Where(e => e.Endpoint.Metadata.GetMetadata<EntityTagMetadata>() is null
                                         && e.Endpoint.Metadata.GetMetadata<NoEntityTagMetadata>() is not { Reason.Length: > 0 })
            .Select(Name)
            .ToList();

        Assert.True(singles.Count > 60, $"Only {singles.Count} single-resource endpoints found; is the walk looking in the right place?");
        Assert.Empty(missing);
        Assert.All(singles.Where(e => e.Endpoint.Metadata.GetMetadata<EntityTagMetadata>() is not null), e => Assert.Contains(
            e.Endpoint.Metadata.GetRequiredMetadata<EntityTagMetadata>().RouteParameter, e.Endpoint.RoutePattern.Parameters.Select(p => p.Name)));
    }

    [Fact]
    public void Every_post_goes_through_the_idempotency_filter_or_says_why_not()
    {
        var posts = ApiEndpoints().Where(e => e.Method == "POST").ToList();

        var outside = posts.Where(e => e.Endpoint.Metadata.GetMetadata<IdempotencyKeyMetadata>() is null).Select(Name).ToList();
        var exempt = posts.Where(e => e.Endpoint.Metadata.GetMetadata<NoIdempotencyKeyMetadata>() is not null).ToList();

        Assert.True(posts.Count > 40, $"Only {posts.Count} POST endpoints found; is the walk looking in the right place?");
        Assert.Empty(outside);
        Assert.All(exempt, e => Assert.False(string.IsNullOrWhiteSpace(e.Endpoint.Metadata.GetRequiredMetadata<NoIdempotencyKeyMetadata>().Reason)));
        Assert.Equal(
            [
                "POST /api/v1/surveys/{id:guid}/responses", "POST /api/v1/tokens/", "POST /api/v1/users/", "POST /api/v1/webhooks/",
                "POST /api/v1/webhooks/inbound/", "POST /api/v1/webhooks/inbound/{id:guid}/address", "POST /api/v1/webhooks/{id:guid}/secret",
            ],
            exempt.Select(Name).Order(StringComparer.Ordinal));
    }

    /// <summary>What a successful GET answers with, as the typed results declare it (and as OpenAPI documents it).</summary>
    private static Type? OkType(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().FirstOrDefault(p => p.StatusCode == 200)?.Type;

    private static bool IsJsonArray(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
        && !type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static bool IsCursorPage(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CursorPage<>);

    [Fact]
    public void Every_list_pages_with_a_cursor_or_says_why_it_is_bounded()
    {
        var gets = ApiEndpoints().Where(e => e.Method == "GET" && OkType(e.Endpoint) is not null).ToList();
        var arrays = gets.Where(e => IsJsonArray(OkType(e.Endpoint)!)).ToList();
        var pages = gets.Where(e => IsCursorPage(OkType(e.Endpoint)!)).ToList();

        var unexplained = arrays.Where(e => e.Endpoint.Metadata.GetMetadata<UnpagedMetadata>() is not { Reason.Length: > 0 }).Select(Name).ToList();
        var unlinked = pages.Where(e => e.Endpoint.Metadata.GetMetadata<PagedMetadata>() is null).Select(Name).ToList();
        var linkedNonPages = gets.Where(e => !IsCursorPage(OkType(e.Endpoint)!) && e.Endpoint.Metadata.GetMetadata<PagedMetadata>() is not null)
            .Select(Name).ToList();

        Assert.True(unexplained.Count == 0, "Lists answering a bare array without a reason:\n" + string.Join("\n", unexplained));
        Assert.True(unlinked.Count == 0, "Paged lists without a next link:\n" + string.Join("\n", unlinked));
        Assert.True(pages.Count > 10, $"Only {pages.Count} paged lists found; is the walk looking in the right place?");
        Assert.True(linkedNonPages.Count == 0, "Next links on endpoints that answer no page:\n" + string.Join("\n", linkedNonPages));
    }
}
