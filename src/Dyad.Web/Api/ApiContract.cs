namespace Dyad.Web.Api;

/// <summary>
/// The conventions every /api/v1 endpoint shares, applied once to the group the features map into, so a new endpoint
/// cannot forget them: POSTs honour Idempotency-Key. ETags need the entity's type, so each single-resource endpoint
/// declares it with <see cref="EntityTagConventions.HasETag{TEntity}"/>; a test walks the endpoints to hold them to that.
/// </summary>
public static class ApiContract
{
    public static RouteGroupBuilder MapApi(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyBuffering>();
        var api = app.MapGroup("");
        api.WithMetadata(IdempotencyKeyMetadata.Instance);
        api.AddEndpointFilter<IdempotencyFilter>();
        return api;
    }
}
