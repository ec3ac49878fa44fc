using Dyad.Core.Common;

namespace Dyad.Core.Portal;

/// <summary>
/// A subject customers ask about and the provider's expert who answers it, so a question reaches the person who knows
/// rather than a chain of forwards (004: one point of access, no long message chains).
/// </summary>
public sealed class ExpertTopic : IWorkspaceOwned
{
    public const int NameMaxLength = 120;

    private ExpertTopic() { }

    public ExpertTopic(Guid workspaceId, string name, Guid expertId, string expertName)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Update(name, expertId, expertName);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public Guid ExpertId { get; private set; }
    public string ExpertName { get; private set; } = "";

    public void Update(string name, Guid expertId, string expertName)
    {
        var errors = new FieldErrors().Require(nameof(Name), name, NameMaxLength, "Topic");
        if (expertId == Guid.Empty)
        {
            errors.Add(nameof(ExpertId), "Name the expert who answers this topic.");
        }
        errors.ThrowIfAny();
        Name = name.Trim();
        ExpertId = expertId;
        ExpertName = expertName;
    }
}
