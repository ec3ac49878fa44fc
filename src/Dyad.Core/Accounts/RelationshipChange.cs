using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Accounts;

/// <summary>What a <see cref="RelationshipChange"/> is about.</summary>
public enum RelationshipAspect
{
    /// <summary>The relationship type as the provider sees it.</summary>
    ProviderRelationshipType,

    /// <summary>The relationship type the customer seeks.</summary>
    CustomerRelationshipType,

    /// <summary>Who controls one touchpoint of the account's journeys.</summary>
    TouchpointController,
}

/// <summary>
/// One change of a relationship type or of a touchpoint's controller, kept because relationships and control shift
/// over time and the shift itself needs attention (003, challenge C5).
/// </summary>
public sealed class RelationshipChange : IWorkspaceOwned
{
    public const int ValueMaxLength = 40;
    public const int SubjectMaxLength = 200;

    private RelationshipChange() { }

    private RelationshipChange(Guid workspaceId, Guid accountId, RelationshipAspect aspect, Guid? touchpointId, string subject,
        string? from, string? to, DateTimeOffset changedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        AccountId = accountId;
        Aspect = aspect;
        TouchpointId = touchpointId;
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        From = from;
        To = to;
        ChangedAt = changedAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public RelationshipAspect Aspect { get; private set; }
    public Guid? TouchpointId { get; private set; }

    /// <summary>The account's or the touchpoint's name when the change was made.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The old value as text (<c>transactional</c>, <c>partner</c>); empty when it was not known.</summary>
    public string? From { get; private set; }

    public string? To { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The changes between an account's details before an edit and the account after it.</summary>
    public static IEnumerable<RelationshipChange> Between(AccountDetails before, Account after, DateTimeOffset changedAt)
    {
        if (before.RelationshipType != after.RelationshipType)
        {
            yield return new RelationshipChange(after.WorkspaceId, after.Id, RelationshipAspect.ProviderRelationshipType, null, after.Name,
                before.RelationshipType.ToText(), after.RelationshipType.ToText(), changedAt);
        }
        if (before.CustomerRelationshipType != after.CustomerRelationshipType)
        {
            yield return new RelationshipChange(after.WorkspaceId, after.Id, RelationshipAspect.CustomerRelationshipType, null, after.Name,
                before.CustomerRelationshipType?.ToText(), after.CustomerRelationshipType?.ToText(), changedAt);
        }
    }

    /// <summary>The change of a touchpoint's controller, if an edit changed it.</summary>
    public static RelationshipChange? OfController(TouchpointController before, Touchpoint after, Guid accountId, DateTimeOffset changedAt) =>
        before == after.Controller
            ? null
            : new RelationshipChange(after.WorkspaceId, accountId, RelationshipAspect.TouchpointController, after.Id, after.Name,
                before.ToText(), after.Controller.ToText(), changedAt);

    /// <summary>How the change reads in an alert: "our relationship type changed from transactional to relational".</summary>
    public string Describe()
    {
        var what = Aspect switch
        {
            RelationshipAspect.ProviderRelationshipType => "our view of the relationship type",
            RelationshipAspect.CustomerRelationshipType => "the relationship type the customer seeks",
            _ => $"the controller of touchpoint '{Subject}'",
        };
        return $"{what} changed from {From ?? "not known"} to {To ?? "not known"}";
    }
}
