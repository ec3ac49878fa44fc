using Dyad.Core.Common;

namespace Dyad.Core.Coding;

/// <summary>
/// A free, open code a researcher or manager puts on evidence ("showing commitment"), grouped, once the
/// pattern is seen, into a second-order practice (Gioia et al. 2013).
/// </summary>
public sealed class FirstOrderCode : IWorkspaceOwned
{
    public const int MaximumLabelLength = 200;

    private FirstOrderCode() { }

    /// <param name="id">Given only when an import restores a code another copy of the data knows by this id.</param>
    public FirstOrderCode(Guid workspaceId, string label, Guid? practiceId = null, Guid? id = null)
    {
        Id = id ?? Guid.NewGuid();
        WorkspaceId = workspaceId;
        Relabel(label);
        PracticeId = practiceId;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Label { get; private set; } = "";

    /// <summary>The second-order practice the code is grouped into; empty while not yet grouped.</summary>
    public Guid? PracticeId { get; private set; }

    public void Relabel(string label)
    {
        new FieldErrors().Require(nameof(Label), label, MaximumLabelLength, "Code").ThrowIfAny();
        Label = label.Trim();
    }

    public void GroupInto(Guid? practiceId) => PracticeId = practiceId;
}

/// <summary>One first-order code applied to one piece of evidence.</summary>
public sealed class EvidenceCoding : IWorkspaceOwned
{
    private EvidenceCoding() { }

    /// <param name="id">Given only when an import restores a coding another copy of the data knows by this id.</param>
    public EvidenceCoding(Guid workspaceId, Guid evidenceId, Guid codeId, Guid? id = null)
    {
        Id = id ?? Guid.NewGuid();
        WorkspaceId = workspaceId;
        EvidenceId = evidenceId;
        CodeId = codeId;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EvidenceId { get; private set; }
    public Guid CodeId { get; private set; }
}
