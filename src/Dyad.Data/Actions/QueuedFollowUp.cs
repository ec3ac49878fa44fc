using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Actions;

/// <summary>
/// A response an import stored that the detractor rule fired on, waiting for its action. The import writes it in the
/// response's own transaction, so a response is never stored without either its action or this row; the follow-up job
/// opens the action and removes the row in one transaction of its own (<see cref="ResponseActionRule.OpenQueuedAsync"/>).
/// </summary>
public sealed class QueuedFollowUp : IWorkspaceOwned
{
    private QueuedFollowUp() { }

    public QueuedFollowUp(SurveyResponse response, DateTimeOffset queuedAt)
    {
        WorkspaceId = response.WorkspaceId;
        ResponseId = response.Id;
        QueuedAt = queuedAt;
    }

    public Guid WorkspaceId { get; private set; }

    public Guid ResponseId { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }
}

internal sealed class QueuedFollowUpConfiguration : IEntityTypeConfiguration<QueuedFollowUp>
{
    public void Configure(EntityTypeBuilder<QueuedFollowUp> builder)
    {
        builder.ToTable("QueuedFollowUps");
        builder.HasKey(f => f.ResponseId);
        // An erased or deleted response takes its pending follow-up with it.
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(f => f.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.WorkspaceId, f.QueuedAt });
    }
}
