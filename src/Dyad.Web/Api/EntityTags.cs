using Dyad.Data.Common;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Dyad.Web.Api;

/// <summary>Names the row an endpoint reads or writes: its entity type and the route value holding its id.</summary>
public sealed class EntityTagMetadata(Type entityType, string routeParameter, Func<EntityVersions, Guid, CancellationToken, Task<long?>> read)
{
    public Type EntityType => entityType;

    public string RouteParameter => routeParameter;

    public Task<long?> ReadAsync(EntityVersions versions, Guid id, CancellationToken cancellationToken) => read(versions, id, cancellationToken);
}

/// <summary>Says why a single-resource endpoint has no ETag, so the rule "every one has" keeps its exceptions in sight.</summary>
public sealed record NoEntityTagMetadata(string Reason);

public static class EntityTagConventions
{
    /// <summary>
    /// GET answers with the row's version as ETag (and 304 to a matching If-None-Match); PUT, PATCH and DELETE honour
    /// If-Match and answer 412 when it is stale. The row's id is the route value <paramref name="routeParameter"/>, by
    /// default the route's last parameter.
    /// </summary>
    public static RouteHandlerBuilder HasETag<TEntity>(this RouteHandlerBuilder builder, string? routeParameter = null) where TEntity : class
    {
        builder.Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern
                          ?? throw new InvalidOperationException("ETags are for routed endpoints.");
            var parameter = routeParameter ?? LastParameter(pattern)
                            ?? throw new InvalidOperationException($"{pattern.RawText} has no route parameter naming the {typeof(TEntity).Name}.");
            endpoint.Metadata.Add(new EntityTagMetadata(typeof(TEntity), parameter, (versions, id, ct) => versions.ReadAsync<TEntity>(id, ct)));
        });
        return builder.AddEndpointFilter<EntityTagFilter>();
    }

    public static RouteHandlerBuilder WithoutETag(this RouteHandlerBuilder builder, string reason) =>
        builder.WithMetadata(new NoEntityTagMetadata(reason));

    private static string? LastParameter(RoutePattern pattern) => pattern.Parameters.Count == 0 ? null : pattern.Parameters[^1].Name;
}
