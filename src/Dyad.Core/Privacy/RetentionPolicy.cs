using Dyad.Core.Common;

namespace Dyad.Core.Privacy;

/// <summary>How long a workspace keeps personal links; empty keeps them until someone deletes them.</summary>
public sealed record RetentionDetails(int? InvitationMonths, int? ResponseLinkMonths)
{
    /// <summary>Fifty years: anything longer is a typing error, not a policy.</summary>
    public const int MaxMonths = 600;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        foreach (var (field, months) in new[] { (nameof(InvitationMonths), InvitationMonths), (nameof(ResponseLinkMonths), ResponseLinkMonths) })
        {
            if (months is < 1 or > MaxMonths)
            {
                errors.Add(field, $"Give a number of months from 1 to {MaxMonths}, or nothing to keep them.");
            }
        }
        return errors;
    }
}

/// <summary>
/// A workspace's retention periods: invitations (a person's e-mail and link) are deleted once older than
/// <see cref="InvitationMonths"/>; responses older than <see cref="ResponseLinkMonths"/> lose the link to their
/// stakeholder, keeping the account and the answers.
/// </summary>
public sealed class RetentionPolicy : IWorkspaceOwned
{
    private RetentionPolicy() { }

    public RetentionPolicy(Guid workspaceId)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public int? InvitationMonths { get; private set; }
    public int? ResponseLinkMonths { get; private set; }

    public RetentionDetails ToDetails() => new(InvitationMonths, ResponseLinkMonths);

    public void Update(RetentionDetails details)
    {
        details.Validate().ThrowIfAny();
        InvitationMonths = details.InvitationMonths;
        ResponseLinkMonths = details.ResponseLinkMonths;
    }

    /// <summary>The moment before which a record of this many months is due, counted back in whole calendar months.</summary>
    public static DateTimeOffset? Cutoff(int? months, DateTimeOffset now) => months is { } m ? now.AddMonths(-m) : null;
}
