using Dyad.Core.Ingestion;

namespace Dyad.Data.Ingestion;

/// <summary>What one batch of rows came to: entities to insert in bulk, and how many rows changed or were there already.</summary>
internal sealed record BatchOutcome(IReadOnlyList<object> Inserts, int Inserted, int Updated, int Unchanged);

/// <summary>
/// One entity's part of the import pipeline: its fields, how a record becomes a checked row (every bad cell named), its
/// natural key, and how a batch of rows is matched against what is stored. The pipeline does the rest (reading, batching,
/// transactions, checkpoints, bulk inserts) the same way for every entity.
/// </summary>
internal interface IEntityImport
{
    ImportEntity Entity { get; }

    /// <summary>Every field a file may have (known after <see cref="PrepareAsync"/>, as a survey's questions are fields).</summary>
    IReadOnlyCollection<string> Fields { get; }

    /// <summary>The fields a CSV header must name.</summary>
    IReadOnlyCollection<string> RequiredFields { get; }

    /// <summary>The field a repeated key is reported in.</summary>
    string KeyField { get; }

    /// <summary>Whether a key seen twice in one file is an error (an external id) or the same record again (a content key).</summary>
    bool RepeatIsError { get; }

    /// <summary>Reads what rows are checked against (accounts, people, the survey) once per import.</summary>
    Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken);

    /// <summary>The checked row, or null when it has problems (noted on <paramref name="row"/>).</summary>
    object? Read(RowReader row);

    string Key(object row);

    /// <summary>Matches a batch against the database: new rows become entities to insert, changed ones are updated on tracked entities.</summary>
    Task<BatchOutcome> StoreAsync(DyadDbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken);

    /// <summary>Notes a batch's inserts whose side effects wait for the commit.</summary>
    void Stored(IReadOnlyList<object> inserts);

    /// <summary>The side effects of what was inserted since the last commit (a detractor's action), set-wise.</summary>
    Task AfterCommitAsync(CancellationToken cancellationToken);
}

/// <summary>The typed form of <see cref="IEntityImport"/>, so each entity's code handles its own row type.</summary>
internal abstract class EntityImport<TRow> : IEntityImport where TRow : class
{
    public abstract ImportEntity Entity { get; }
    public abstract IReadOnlyCollection<string> Fields { get; }
    public abstract IReadOnlyCollection<string> RequiredFields { get; }
    public abstract string KeyField { get; }
    public virtual bool RepeatIsError => true;

    public abstract Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken);

    protected abstract TRow? ReadRow(RowReader row);

    protected abstract string KeyOf(TRow row);

    protected abstract Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);

    public virtual void Stored(IReadOnlyList<object> inserts)
    {
    }

    public virtual Task AfterCommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public object? Read(RowReader row) => ReadRow(row);

    public string Key(object row) => KeyOf((TRow)row);

    public Task<BatchOutcome> StoreAsync(DyadDbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken) =>
        StoreRowsAsync(db, rows.Cast<TRow>().ToList(), cancellationToken);

    /// <summary>A batch whose new rows are all inserted and whose other rows were there already.</summary>
    protected static BatchOutcome InsertOnly(IReadOnlyList<object> inserts, int newRows, int rows) =>
        new(inserts, newRows, 0, rows - newRows);
}
