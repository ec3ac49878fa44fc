using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Dyad.Data.Idempotency;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dyad.Data.Audit;

/// <summary>
/// Turns the change tracker's pending writes into audit entries, for any entity type: nothing here names a feature, so a
/// new entity is audited the day it is added to the model.
/// </summary>
internal static partial class AuditTrail
{
    public const string Redacted = "[redacted]";

    public const string Erased = "[erased]";

    /// <summary>An entity whose personal data can be erased says when by a property of this name (a stakeholder's).</summary>
    private const string ErasedAtProperty = "ErasedAt";

    /// <summary>Long values (a questionnaire, a codebook as JSON) are cut here: the log says they changed, not all of what.</summary>
    public const int ValueMaxLength = 1_000;

    /// <summary>
    /// Properties that hold a credential or a secret's derivative are never written out: password and token hashes,
    /// security stamps, webhook signing secrets, survey link tokens. Matched by name so new ones are caught without a list.
    /// </summary>
    [GeneratedRegex("(password|secret|hash|stamp|token)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    public static List<AuditEntry> Collect(DbContext db, AuditActor actor, Guid? scopeWorkspace, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            // A stored Idempotency-Key is a copy of a response, not a change; the change it answered is audited itself. A queued
            // follow-up is the rule's to-do, whose outcome (the action) is audited.
            if (entry.Entity is AuditEntry or IdempotencyRecord or QueuedFollowUp || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Modified => AuditAction.Modified,
                _ => AuditAction.Deleted,
            };
            var changes = Changes(entry, action);
            if (action == AuditAction.Modified && changes.Count == 0)
            {
                continue;
            }
            entries.Add(new AuditEntry(WorkspaceOf(entry, scopeWorkspace), now, actor, entry.Metadata.ClrType.Name, KeyOf(entry),
                action, changes));
        }
        return entries;
    }

    private static List<AuditChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new List<AuditChange>();
        var secretHolder = IsSecretHolder(entry.Metadata);
        foreach (var property in entry.Properties)
        {
            Add(changes, property.Metadata.Name, property, action, secretHolder);
        }
        foreach (var complex in entry.ComplexProperties)
        {
            AddComplex(changes, complex, action, secretHolder);
        }
        // The entry recording an erasure must not keep the values it erases.
        if (entry.Metadata.FindProperty(ErasedAtProperty) is { } erasedAt && entry.Property(erasedAt.Name).CurrentValue is not null)
        {
            return changes.Select(c => c with { Old = c.Old is null ? null : Erased }).ToList();
        }
        return changes;
    }

    private static void AddComplex(List<AuditChange> changes, ComplexPropertyEntry complex, AuditAction action, bool secretHolder)
    {
        foreach (var property in complex.Properties)
        {
            Add(changes, $"{complex.Metadata.Name}.{property.Metadata.Name}", property, action, secretHolder);
        }
        foreach (var nested in complex.ComplexProperties)
        {
            AddComplex(changes, nested, action, secretHolder);
        }
    }

    private static void Add(List<AuditChange> changes, string name, PropertyEntry property, AuditAction action, bool secretHolder)
    {
        if (action == AuditAction.Modified && !property.IsModified)
        {
            return;
        }
        AddValues(changes, name, property.Metadata, property.OriginalValue, property.CurrentValue, action, secretHolder);
    }

    private static void AddValues(List<AuditChange> changes, string name, IReadOnlyPropertyBase metadata, object? before, object? after,
        AuditAction action, bool secretHolder)
    {
        var old = action == AuditAction.Added ? null : Format(metadata, before);
        var current = action == AuditAction.Deleted ? null : Format(metadata, after);
        if (action == AuditAction.Modified && old == current)
        {
            return;
        }
        // A row version is the context's bookkeeping of the change, not a change anyone made.
        if ((old is null && current is null) || metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute), true) == true
            || metadata.Name == RowVersions.PropertyName)
        {
            return;
        }
        if (IsSecret(metadata, secretHolder))
        {
            (old, current) = (old is null ? null : Redacted, current is null ? null : Redacted);
        }
        changes.Add(new AuditChange(name, old, current));
    }

    /// <summary>
    /// The entry for a row a set-based update or delete wrote, from the row as read before and (for an update) after, since
    /// such writes bypass the change tracker. Null when nothing audited changed.
    /// </summary>
    public static AuditEntry? ForRow(IEntityType type, object before, object? after, AuditActor actor, Guid? scopeWorkspace, DateTimeOffset now)
    {
        var entry = ForValues(type, after is null ? AuditAction.Deleted : AuditAction.Modified, before, after, actor, scopeWorkspace, now);
        return entry.Changes.Count == 0 ? null : entry;
    }

    /// <summary>
    /// The entry for a new row a bulk insert writes without tracking it: the one <see cref="Collect"/> gives the row added to
    /// a context, read from the row itself by the same model.
    /// </summary>
    public static AuditEntry ForAdded(IEntityType type, object row, AuditActor actor, Guid? scopeWorkspace, DateTimeOffset now) =>
        ForValues(type, AuditAction.Added, null, row, actor, scopeWorkspace, now);

    private static AuditEntry ForValues(IEntityType type, AuditAction action, object? before, object? after, AuditActor actor,
        Guid? scopeWorkspace, DateTimeOffset now)
    {
        var secretHolder = IsSecretHolder(type);
        var changes = new List<AuditChange>();
        foreach (var property in type.GetProperties())
        {
            AddValues(changes, property.Name, property, before is null ? null : Read(property, before),
                after is null ? null : Read(property, after), action, secretHolder);
        }
        foreach (var complex in type.GetComplexProperties())
        {
            AddComplexValues(changes, complex.Name, complex, before is null ? null : complex.GetGetter().GetClrValue(before),
                after is null ? null : complex.GetGetter().GetClrValue(after), action, secretHolder);
        }
        var row = before ?? after!;
        if (type.FindProperty(ErasedAtProperty) is { } erasedAt && Read(erasedAt, after ?? row) is not null)
        {
            changes = changes.Select(c => c with { Old = c.Old is null ? null : Erased }).ToList();
        }
        var key = string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => Format(p, Read(p, row))));
        var workspace = row is Workspace created ? created.Id
            : type.FindProperty(nameof(IWorkspaceOwned.WorkspaceId)) is { } owner && Read(owner, row) is Guid id ? id
            : scopeWorkspace ?? Guid.Empty;
        return new AuditEntry(workspace, now, actor, type.ClrType.Name, key, action, changes);
    }

    private static void AddComplexValues(List<AuditChange> changes, string prefix, IComplexProperty complex, object? before, object? after,
        AuditAction action, bool secretHolder)
    {
        foreach (var property in complex.ComplexType.GetProperties())
        {
            AddValues(changes, $"{prefix}.{property.Name}", property, before is null ? null : property.GetGetter().GetClrValue(before),
                after is null ? null : property.GetGetter().GetClrValue(after), action, secretHolder);
        }
        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            AddComplexValues(changes, $"{prefix}.{nested.Name}", nested, before is null ? null : nested.GetGetter().GetClrValue(before),
                after is null ? null : nested.GetGetter().GetClrValue(after), action, secretHolder);
        }
    }

    private static object? Read(IProperty property, object entity) =>
        property.IsShadowProperty() ? null : property.GetGetter().GetClrValue(entity);

    private static bool IsSecret(IReadOnlyPropertyBase property, bool secretHolder) =>
        SecretName().IsMatch(property.Name) || (secretHolder && property is IReadOnlyProperty p && !p.IsKey() && !p.IsForeignKey());

    /// <summary>Identity's per-user tokens (authenticator keys, recovery codes) are secrets in every value but their keys.</summary>
    private static bool IsSecretHolder(IReadOnlyEntityType type) =>
        type.ClrType.IsGenericType && type.ClrType.GetGenericTypeDefinition() == typeof(IdentityUserToken<>);

    private static string? Format(IReadOnlyPropertyBase property, object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => (property as IReadOnlyProperty)?.GetValueConverter()?.ConvertToProvider(value)?.ToString() ?? value.ToString(),
        };
        return text is { Length: > ValueMaxLength } ? text[..ValueMaxLength] + "…" : text;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }
        // A key the database assigns is not known before the insert; the entry then names the type alone.
        return string.Join(",", key.Properties.Select(p => entry.Property(p.Name))
            .Select(p => p.IsTemporary ? "" : Format(p.Metadata, p.CurrentValue ?? p.OriginalValue)));
    }

    private static Guid WorkspaceOf(EntityEntry entry, Guid? scopeWorkspace)
    {
        if (entry.Entity is Workspace workspace)
        {
            return workspace.Id;
        }
        // Every workspace-owned entity, and the users, carry their workspace in a property of this name.
        if (entry.Metadata.FindProperty(nameof(IWorkspaceOwned.WorkspaceId)) is { } property
            && entry.Property(property.Name).CurrentValue is Guid owner)
        {
            return owner;
        }
        return scopeWorkspace ?? Guid.Empty;
    }
}
