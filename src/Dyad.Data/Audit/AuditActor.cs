namespace Dyad.Data.Audit;

/// <summary>Who the audit log names for the writes of a scope.</summary>
public sealed record AuditActor(ActorKind Kind, Guid? UserId, Guid? TokenId, string Name)
{
    public static AuditActor System { get; } = new(ActorKind.System, null, null, "system");

    public static AuditActor Respondent { get; } = new(ActorKind.Respondent, null, null, "respondent");

    public static AuditActor CommandLine(string osUser) => new(ActorKind.CommandLine, null, null, $"dyad command line ({osUser})");
}

/// <summary>The actor a scope starts with before anyone signs in: the system in the web host, the command line in the CLI.</summary>
public sealed record DefaultAuditActor(AuditActor Actor);

/// <summary>
/// The actor of the current request, circuit or command, read by <see cref="AuditInterceptor"/> on every save. Scoped like
/// <see cref="Workspaces.WorkspaceScope"/>, and entered the same way: by the web's middleware and circuit handler, or the CLI.
/// </summary>
public sealed class AuditContext(DefaultAuditActor defaults)
{
    public AuditActor Actor { get; private set; } = defaults.Actor;

    public void ActAs(AuditActor actor) => Actor = actor;
}
