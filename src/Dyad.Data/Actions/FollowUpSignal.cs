using System.Threading.Channels;

namespace Dyad.Data.Actions;

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
