using System.Threading.Channels;
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

/// <summary>
/// Wakes the follow-up job when an import has queued follow-ups, so a detractor's action opens seconds after the batch
/// commits rather than at the job's next regular pass. Only a hint: the queue is the rows, which the job also polls.
/// </summary>
public sealed class FollowUpSignal
{
    private readonly Channel<bool> _queued = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Queued() => _queued.Writer.TryWrite(true);

    /// <summary>Waits until something is queued or <paramref name="timeout"/> passes, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _queued.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The regular pass is due.
        }
    }
}
