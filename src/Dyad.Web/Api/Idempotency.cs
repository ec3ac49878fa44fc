using System.Security.Cryptography;
using System.Text;
using Dyad.Data.Idempotency;
using Dyad.Data.Workspaces;
using Dyad.Web.Security;

namespace Dyad.Web.Api;

/// <summary>Marks an endpoint whose POSTs honour the Idempotency-Key header through <see cref="IdempotencyFilter"/>.</summary>
public sealed class IdempotencyKeyMetadata
{
    public static readonly IdempotencyKeyMetadata Instance = new();
}

/// <summary>Says why a POST does not keep its response under an Idempotency-Key (it holds a secret shown once, or the domain keys it).</summary>
public sealed record NoIdempotencyKeyMetadata(string Reason);

public static class IdempotencyConventions
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on a replayed response, as Stripe does, so a client can tell a repeat from a first run.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The reason a POST whose response reveals a secret (a token, an address, a password) keeps no response to replay.</summary>
    public const string SecretShownOnce = "The response holds a secret shown once; keeping it to replay would store it unhashed.";

    public static RouteHandlerBuilder WithoutIdempotencyKey(this RouteHandlerBuilder builder, string reason) =>
        builder.WithMetadata(new NoIdempotencyKeyMetadata(reason));

    /// <summary>True when the request is one <see cref="IdempotencyFilter"/> will hash, so its body must stay readable after binding.</summary>
    internal static bool Applies(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Request.Headers.ContainsKey(Header)
        && http.GetEndpoint()?.Metadata is { } metadata
        && metadata.GetMetadata<IdempotencyKeyMetadata>() is not null
        && metadata.GetMetadata<NoIdempotencyKeyMetadata>() is null;
}

/// <summary>Keeps a POST's body readable after model binding when the filter will need to hash it.</summary>
public sealed class IdempotencyBuffering(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IdempotencyConventions.Applies(context))
        {
            context.Request.EnableBuffering();
        }
        return next(context);
    }
}

/// <summary>
/// The first POST with an Idempotency-Key runs and, if it succeeds (2xx), its status, Location and body are kept for
/// <see cref="IdempotencyStore.Retention"/>; a repeat with the same key and request gets that response back and runs
/// nothing; the same key with another request is a 422; a repeat while the first is still running is a 409. Keys are
/// per workspace and user. A request that fails keeps nothing, so its key can be retried with a corrected body.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyStore store, WorkspaceScope scope) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IdempotencyConventions.Applies(http) || http.User.UserId() is not { } userId || scope.WorkspaceId is null)
        {
            return await next(context);
        }
        var key = http.Request.Headers[IdempotencyConventions.Header].ToString();
        if (key.Length is 0 or > IdempotencyRecord.KeyMaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [IdempotencyConventions.Header] = [$"An Idempotency-Key has 1 to {IdempotencyRecord.KeyMaxLength} characters."],
            });
        }
        switch (await store.ClaimAsync(userId, key, await HashAsync(http.Request), http.RequestAborted))
        {
            case IdempotencyClaim.Replay replay:
                return new ReplayResult(replay.Response);
            case IdempotencyClaim.Mismatch:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "This Idempotency-Key was used with a different request.",
                    detail: "A key stands for one request: send a new key for a new request, or repeat the first one exactly.");
            case IdempotencyClaim.InProgress:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                    title: "A request with this Idempotency-Key is still running.",
                    detail: "Wait for it to finish, then repeat the request to get its response.");
            case IdempotencyClaim.Granted granted:
                return await RunAsync(context, next, granted.RecordId);
            default:
                throw new InvalidOperationException("Unknown idempotency claim.");
        }
    }

    private async Task<IResult> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, Guid recordId)
    {
        var http = context.HttpContext;
        StoredResponse response;
        try
        {
            response = await CaptureAsync(http, await next(context));
        }
        catch
        {
            await store.ReleaseAsync(recordId);
            throw;
        }
        if (response.StatusCode is >= 200 and < 300)
        {
            await store.CompleteAsync(recordId, response, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(recordId);
        }
        return new ReplayResult(response, Replayed: false);
    }

    /// <summary>Runs the handler's result into memory so the very bytes the client gets are the ones kept for a repeat.</summary>
    private static async Task<StoredResponse> CaptureAsync(HttpContext http, object? result)
    {
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await (result switch
            {
                IResult executable => executable.ExecuteAsync(http),
                null => Task.CompletedTask,
                string text => TypedResults.Text(text).ExecuteAsync(http),
                _ => TypedResults.Ok(result).ExecuteAsync(http),
            });
        }
        finally
        {
            http.Response.Body = original;
        }
        return new StoredResponse(http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } location
            ? location
            : null, buffer.ToArray());
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        request.Body.Position = 0;
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes a kept response; the first run goes out the same way, so both are byte for byte alike.</summary>
    private sealed record ReplayResult(StoredResponse Response, bool Replayed = true) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var http = httpContext.Response;
            http.StatusCode = Response.StatusCode;
            http.ContentType = Response.ContentType;
            if (Response.Location is { } location)
            {
                http.Headers.Location = location;
            }
            if (Replayed)
            {
                http.Headers[IdempotencyConventions.ReplayedHeader] = "true";
            }
            http.ContentLength = Response.Body.Length;
            await http.Body.WriteAsync(Response.Body, httpContext.RequestAborted);
        }
    }
}
