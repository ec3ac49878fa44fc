using Dyad.Core.Common;

namespace Dyad.Data.Idempotency;

/// <summary>
/// One Idempotency-Key a user sent with a POST: the hash of the request it came with and, once the request succeeded,
/// the response to give back to a repeat. A record without a status is a request still running.
/// </summary>
public sealed class IdempotencyRecord : IWorkspaceOwned
{
    public const int KeyMaxLength = 255;

    private IdempotencyRecord()
    {
        Key = RequestHash = "";
    }

    public IdempotencyRecord(Guid workspaceId, Guid userId, string key, string requestHash, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = workspaceId;
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public Guid UserId { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of method, path, query and body: the same key with another request is refused, not replayed.</summary>
    public string RequestHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[]? Body { get; private set; }

    public bool Completed => StatusCode is not null;

    public void Complete(StoredResponse response)
    {
        StatusCode = response.StatusCode;
        ContentType = response.ContentType;
        Location = response.Location;
        Body = response.Body;
    }

    public StoredResponse? Response => StatusCode is { } status ? new StoredResponse(status, ContentType, Location, Body ?? []) : null;
}

/// <summary>What a replay writes back: the first response's status, content type, Location and body.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, byte[] Body);
