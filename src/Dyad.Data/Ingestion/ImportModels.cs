using Dyad.Core.Ingestion;

namespace Dyad.Data.Ingestion;

/// <summary>
/// One file to import. <paramref name="Open"/> is called once per pass over the file (a resumable import checks the whole
/// file before it writes, so it reads it twice, plus once for its hash).
/// </summary>
/// <param name="Resume">Commit in batches with a checkpoint, and continue this file's earlier run if it stopped.</param>
/// <param name="BatchSize">Records stored per batch (and, resuming, per commit).</param>
public sealed record ImportRequest(
    ImportEntity Entity,
    ImportFormat Format,
    string FileName,
    Func<Stream> Open,
    Guid? SurveyId = null,
    bool Resume = false,
    int BatchSize = ImportRequest.DefaultBatchSize)
{
    public const int DefaultBatchSize = 1000;
}

/// <summary>How far an import is: records read, and the share of the file's bytes behind them when its length is known.</summary>
public sealed record ImportProgress(int Records, ImportCounts Counts, double? Fraction, bool Validating);

/// <summary>What an import did, for the CLI's summary and the API's answer.</summary>
/// <param name="AlreadyImported">A resumable import of a file whose run had completed: nothing was read or written.</param>
public sealed record ImportSummary(
    Guid RunId,
    string Entity,
    string FileName,
    int Inserted,
    int Updated,
    int Unchanged,
    int Rejected,
    double Seconds,
    bool Resumed,
    bool AlreadyImported)
{
    public int Total => Inserted + Updated + Unchanged;
}

/// <summary>One import run as the list of runs shows it.</summary>
public sealed record ImportRunView(
    Guid Id,
    string Entity,
    string Format,
    Guid? SurveyId,
    string FileName,
    string FileHash,
    bool Resumable,
    string Status,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int LastCommittedLine,
    int Inserted,
    int Updated,
    int Unchanged,
    int Rejected,
    string? Error)
{
    internal static ImportRunView Of(ImportRun r) => new(r.Id, r.Entity.ToString().ToLowerInvariant(), r.Format.ToName(), r.SurveyId,
        r.FileName, r.FileHash, r.Resumable, r.Status.ToString().ToLowerInvariant(), r.StartedBy, r.StartedAt, r.FinishedAt,
        r.LastCommittedLine, r.Inserted, r.Updated, r.Unchanged, r.Rejected, r.Error);
}
