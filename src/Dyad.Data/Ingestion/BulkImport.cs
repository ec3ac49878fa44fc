using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Data.Ingestion;

/// <summary>
/// The one way files come in, for every entity and both formats, from the CLI, the API and the pages. A plain import is
/// all or nothing: one transaction, rolled back at the first bad row (the rest of the file is still checked, so the
/// report is complete). A resumable import checks the whole file first, then commits batch by batch, each batch with
/// its checkpoint in the import run; <c>--resume</c> continues after the checkpoint, and a file whose run completed is
/// not read again. Rows are matched by natural keys, so a second import of a file changes nothing. See docs/ingestion.md.
/// </summary>
public sealed class BulkImport(IDbContextFactory<DyadDbContext> contexts, IServiceProvider services, AuditContext audit, TimeProvider clock)
{
    /// <summary>How often progress is reported, in records.</summary>
    private const int ReportEvery = 500;

    private const string Conflict =
        "Another import or submission stored some of these rows just now; nothing of this batch was stored. Import the file again.";

    /// <exception cref="ImportFileException">The file has problems; nothing was stored.</exception>
    /// <exception cref="ImportTargetMissingException">The survey is not in the workspace.</exception>
    /// <exception cref="DomainValidationException">The import cannot start (no survey given, a closed survey).</exception>
    public async Task<ImportSummary> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var hash = await HashAsync(request.Open, cancellationToken);
        var import = Create(request.Entity);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await import.PrepareAsync(db, request.SurveyId, cancellationToken);
        var run = new ImportRun(db.Scope.Required, request.Entity, request.Format, request.SurveyId, request.FileName, hash, request.Resume,
            audit.Actor.Name, clock.GetUtcNow());
        if (!request.Resume)
        {
            return await AllOrNothingAsync(db, import, request, run, progress, watch, cancellationToken);
        }
        var earlier = await db.ImportRuns
            .Where(r => r.Entity == request.Entity && r.FileHash == hash && r.SurveyId == request.SurveyId && r.Resumable)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (earlier?.Status == ImportRunStatus.Completed)
        {
            return Summary(earlier, watch, resumed: false, alreadyImported: true);
        }
        return await ResumableAsync(db, import, request, earlier ?? run, progress, watch, cancellationToken);
    }

    /// <summary>The import run list's sort keys; <c>started_at</c> descending (latest first) unless asked otherwise.</summary>
    public static readonly CursorSort<ImportRun> Sorts = new CursorSort<ImportRun>(r => r.Id)
        .By("started_at", r => r.StartedAt, SortOrder.Desc)
        .By("finished_at", r => r.FinishedAt)
        .By("file_name", r => r.FileName);

    /// <summary>A page of the workspace's import runs, optionally of one status or entity.</summary>
    public async Task<CursorPage<ImportRunView>> PageRunsAsync(ImportRunStatus? status, ImportEntity? entity, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.ImportRuns.AsNoTracking();
        if (status is { } wantedStatus)
        {
            runs = runs.Where(r => r.Status == wantedStatus);
        }
        if (entity is { } wantedEntity)
        {
            runs = runs.Where(r => r.Entity == wantedEntity);
        }
        return (await Sorts.PageAsync(runs, page, cancellationToken)).Select(ImportRunView.Of);
    }

    private async Task<ImportSummary> AllOrNothingAsync(DyadDbContext db, IEntityImport import, ImportRequest request, ImportRun run,
        IProgress<ImportProgress>? progress, Stopwatch watch, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var pass = new ImportPass(import, request.Format, errors);
        var counts = ImportCounts.None;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The run is stored with the rows, so a killed import leaves no trace at all.
            db.ImportRuns.Add(run);
            var batch = new List<object>();
            await using (var stream = request.Open())
            {
                var source = await OpenAsync(db, stream, request, run, cancellationToken);
                foreach (var (_, row) in pass.Rows(source))
                {
                    if (errors.Count > 0)
                    {
                        // Past the first problem nothing is stored; the rest of the file is read only to report its problems too.
                        continue;
                    }
                    batch.Add(row);
                    if (batch.Count >= request.BatchSize)
                    {
                        counts = counts.Add(await StoreAsync(db, import, batch, cancellationToken));
                        progress?.Report(new ImportProgress(pass.Records, counts, Fraction(stream), Validating: false));
                    }
                    else if (pass.Records % ReportEvery == 0)
                    {
                        progress?.Report(new ImportProgress(pass.Records, counts, Fraction(stream), Validating: false));
                    }
                }
                if (errors.Count == 0 && batch.Count > 0)
                {
                    counts = counts.Add(await StoreAsync(db, import, batch, cancellationToken));
                }
            }
            if (errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                throw await FailedAsync(db, run, errors, pass.Rejected);
            }
            counts = counts.Add(new ImportCounts(0, 0, pass.Repeats, 0));
            run.Complete(pass.LastLine, counts, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await import.AfterCommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(pass.Records, counts, 1, Validating: false));
        return Summary(run, watch, resumed: false, alreadyImported: false);
    }

    private async Task<ImportSummary> ResumableAsync(DyadDbContext db, IEntityImport import, ImportRequest request, ImportRun run,
        IProgress<ImportProgress>? progress, Stopwatch watch, CancellationToken cancellationToken)
    {
        var resumed = db.Entry(run).State != EntityState.Detached;
        if (resumed)
        {
            run.Resume();
        }
        else
        {
            db.ImportRuns.Add(run);
        }
        // Checked whole before the first commit, so a bad row never leaves half a file behind.
        var errors = new List<ImportError>();
        var check = new ImportPass(import, request.Format, errors);
        await using (var stream = request.Open())
        {
            foreach (var _ in check.Rows(await OpenAsync(db, stream, request, run, cancellationToken)))
            {
                if (check.Records % ReportEvery == 0)
                {
                    progress?.Report(new ImportProgress(check.Records, run.Counts, Fraction(stream), Validating: true));
                }
            }
        }
        if (errors.Count > 0)
        {
            throw await FailedAsync(db, run, errors, check.Rejected);
        }
        await db.SaveChangesAsync(cancellationToken);

        var earlierCounts = run.Counts;
        var batches = ImportCounts.None;
        var pass = new ImportPass(import, request.Format, errors);
        var batch = new List<object>();
        await using (var stream = request.Open())
        {
            foreach (var (_, row) in pass.Rows(RecordSources.Open(new StreamReader(stream), request.Format), run.LastCommittedLine))
            {
                batch.Add(row);
                if (batch.Count >= request.BatchSize)
                {
                    batches = batches.Add(await CommitBatchAsync(db, import, batch, run, pass, earlierCounts.Add(batches), cancellationToken));
                    progress?.Report(new ImportProgress(pass.Records, run.Counts, Fraction(stream), Validating: false));
                }
            }
        }
        batches = batches.Add(await CommitBatchAsync(db, import, batch, run, pass, earlierCounts.Add(batches), cancellationToken));
        run.Complete(Math.Max(pass.LastLine, run.LastCommittedLine), run.Counts, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress(pass.Records, run.Counts, 1, Validating: false));
        return Summary(run, watch, resumed, alreadyImported: false);
    }

    /// <summary>One batch and its checkpoint, in a transaction of their own; the batch's side effects after its commit.</summary>
    private async Task<ImportCounts> CommitBatchAsync(DyadDbContext db, IEntityImport import, List<object> batch, ImportRun run,
        ImportPass pass, ImportCounts before, CancellationToken cancellationToken)
    {
        ImportCounts stored;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            stored = await StoreAsync(db, import, batch, cancellationToken);
            run.Checkpoint(pass.LastLine, before.Add(stored).Add(new ImportCounts(0, 0, pass.Repeats, 0)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await import.AfterCommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>Stores a batch in the current transaction: its new rows in bulk, its changed rows through the change tracker.</summary>
    private static async Task<ImportCounts> StoreAsync(DyadDbContext db, IEntityImport import, List<object> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return ImportCounts.None;
        }
        var outcome = await import.StoreAsync(db, batch, cancellationToken);
        try
        {
            await BulkWriter.InsertAsync(db, outcome.Inserts, cancellationToken);
            // Bulk rows bypass the change tracker, which then holds only the batch's updated rows and the run's own row, if anything.
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception clash) when (IsUniqueViolation(clash))
        {
            throw new ConflictException(Conflict);
        }
        import.Stored(outcome.Inserts);
        batch.Clear();
        return new ImportCounts(outcome.Inserted, outcome.Updated, outcome.Unchanged, 0);
    }

    /// <summary>The file's records; a file whose header cannot be read fails the run like any other problem.</summary>
    private async Task<IRecordSource> OpenAsync(DyadDbContext db, Stream stream, ImportRequest request, ImportRun run, CancellationToken cancellationToken)
    {
        try
        {
            return RecordSources.Open(new StreamReader(stream), request.Format);
        }
        catch (ImportFileException unreadable)
        {
            if (db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            throw await FailedAsync(db, run, unreadable.Errors.ToList(), 0);
        }
    }

    /// <summary>Records the failed run (outside any transaction of the rows); returns its problems to throw.</summary>
    private async Task<ImportFileException> FailedAsync(DyadDbContext db, ImportRun run, List<ImportError> errors, int rejected)
    {
        run.Fail(rejected, string.Join(Environment.NewLine, errors.Take(5)), clock.GetUtcNow());
        if (db.Entry(run).State == EntityState.Detached)
        {
            db.ImportRuns.Add(run);
        }
        // Saved even when the caller gave up waiting: the record of the attempt is worth more than the cancellation.
        await db.SaveChangesAsync(CancellationToken.None);
        return new ImportFileException(errors);
    }

    private IEntityImport Create(ImportEntity entity) => entity switch
    {
        ImportEntity.Accounts => ActivatorUtilities.CreateInstance<AccountImport>(services),
        ImportEntity.Stakeholders => ActivatorUtilities.CreateInstance<StakeholderImport>(services),
        ImportEntity.Occurrences => ActivatorUtilities.CreateInstance<OccurrenceImport>(services),
        ImportEntity.Responses => ActivatorUtilities.CreateInstance<ResponseImport>(services),
        ImportEntity.Events => ActivatorUtilities.CreateInstance<EventImport>(services),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "No import for this entity."),
    };

    private static ImportSummary Summary(ImportRun run, Stopwatch watch, bool resumed, bool alreadyImported) =>
        new(run.Id, run.Entity.ToString().ToLowerInvariant(), run.FileName, run.Inserted, run.Updated, run.Unchanged, run.Rejected,
            Math.Round(watch.Elapsed.TotalSeconds, 3), resumed, alreadyImported);

    private static async Task<string> HashAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static double? Fraction(Stream stream) => stream.CanSeek && stream.Length > 0 ? (double)stream.Position / stream.Length : null;

    private static bool IsUniqueViolation(Exception clash) => (clash as DbException ?? clash.InnerException as DbException) switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE"),
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
