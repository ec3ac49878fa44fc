using Dyad.Core.Common;

namespace Dyad.Data.Audit;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}

/// <summary>How the one who made a change came in: signed in, with an API token, on the command line, as a
/// respondent on a survey link, or the system itself (start-up, background jobs).</summary>
public enum ActorKind
{
    User,
    ApiToken,
    CommandLine,
    Respondent,
    System,
}

/// <summary>One property's value before and after a write; <see cref="AuditTrail.Redacted"/> stands for a secret.</summary>
public sealed record AuditChange(string Property, string? Old, string? New);

/// <summary>
/// One row written, changed or deleted: what (entity type and key), when, by whom and which values changed. Written in the
/// same transaction as the change it records, so neither exists without the other.
/// </summary>
public sealed class AuditEntry : IWorkspaceOwned
{
    public const int NameMaxLength = 200;
    public const int EntityIdMaxLength = 200;

    private AuditEntry() { }

    internal AuditEntry(Guid workspaceId, DateTimeOffset at, AuditActor actor, string entityType, string entityId, AuditAction action,
        IReadOnlyList<AuditChange> changes)
    {
        Id = Guid.CreateVersion7(at);
        WorkspaceId = workspaceId;
        At = at;
        ActorKind = actor.Kind;
        ActorUserId = actor.UserId;
        ActorTokenId = actor.TokenId;
        ActorName = actor.Name.Length > NameMaxLength ? actor.Name[..NameMaxLength] : actor.Name;
        EntityType = entityType;
        EntityId = entityId.Length > EntityIdMaxLength ? entityId[..EntityIdMaxLength] : entityId;
        Action = action;
        Changes = changes;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public ActorKind ActorKind { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public Guid? ActorTokenId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public AuditAction Action { get; private set; }
    public IReadOnlyList<AuditChange> Changes { get; private set; } = [];

    /// <summary>Forgets the values this entry kept, on erasure of the person they were about; which properties changed stays.</summary>
    internal void Erase() => Changes = Changes.Select(c => c with
    {
        Old = c.Old is null ? null : AuditTrail.Erased,
        New = c.New is null ? null : AuditTrail.Erased,
    }).ToList();
}
