using Dyad.Core.Common;

namespace Dyad.Core.Ingestion;

public enum ImportRunStatus
{
    /// <summary>Under way, or stopped without finishing (killed, crashed); a resumable run continues with <c>--resume</c>.</summary>
    Running,
    Completed,
    Failed,
}

/// <summary>Rows an import stored, updated, found already present, and refused.</summary>
public sealed record ImportCounts(int Inserted, int Updated, int Unchanged, int Rejected)
{
    public static readonly ImportCounts None = new(0, 0, 0, 0);

    public ImportCounts Add(ImportCounts other) =>
        new(Inserted + other.Inserted, Updated + other.Updated, Unchanged + other.Unchanged, Rejected + other.Rejected);
}

/// <summary>
/// One import of one file: what it imported, from which file (by its SHA-256, so the same file is recognised under any
/// name), how far it got and how it ended. A resumable run records its last committed line with each batch, in the
/// batch's own transaction, so a run that was stopped resumes after exactly the rows it stored.
/// </summary>
public sealed class ImportRun : IWorkspaceOwned
{
    public const int FileNameMaxLength = 260;
    public const int HashLength = 64;
    public const int ErrorMaxLength = 2000;
    public const int ActorMaxLength = 200;

    private ImportRun() { }

    public ImportRun(Guid workspaceId, ImportEntity entity, ImportFormat format, Guid? surveyId, string fileName, string fileHash,
        bool resumable, string startedBy, DateTimeOffset startedAt)
    {
        Id = Guid.CreateVersion7(startedAt);
        WorkspaceId = workspaceId;
        Entity = entity;
        Format = format;
        SurveyId = surveyId;
        FileName = Truncate(Path.GetFileName(fileName), FileNameMaxLength);
        FileHash = fileHash;
        Resumable = resumable;
        StartedBy = Truncate(startedBy, ActorMaxLength);
        StartedAt = startedAt;
        Status = ImportRunStatus.Running;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public ImportEntity Entity { get; private set; }
    public ImportFormat Format { get; private set; }

    /// <summary>The survey responses went into; null for the other entities.</summary>
    public Guid? SurveyId { get; private set; }

    public string FileName { get; private set; } = "";
    public string FileHash { get; private set; } = "";
    public bool Resumable { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public ImportRunStatus Status { get; private set; }

    /// <summary>The last row or line whose records are stored; a resumed run starts after it.</summary>
    public int LastCommittedLine { get; private set; }

    public int Inserted { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Rejected { get; private set; }

    /// <summary>Why a failed run failed: its first problems.</summary>
    public string? Error { get; private set; }

    public ImportCounts Counts => new(Inserted, Updated, Unchanged, Rejected);

    public void Checkpoint(int line, ImportCounts counts)
    {
        LastCommittedLine = line;
        SetCounts(counts);
    }

    public void Complete(int lastLine, ImportCounts counts, DateTimeOffset at)
    {
        Checkpoint(lastLine, counts);
        Status = ImportRunStatus.Completed;
        FinishedAt = at;
        Error = null;
    }

    public void Fail(int rejected, string error, DateTimeOffset at)
    {
        Rejected = rejected;
        Status = ImportRunStatus.Failed;
        FinishedAt = at;
        Error = Truncate(error, ErrorMaxLength);
    }

    /// <summary>Continues a stopped or failed resumable run of the same file.</summary>
    public void Resume()
    {
        if (!Resumable || Status == ImportRunStatus.Completed)
        {
            throw new ConflictException("Only a resumable run that has not completed can be resumed.");
        }
        Status = ImportRunStatus.Running;
        FinishedAt = null;
        Error = null;
        Rejected = 0;
    }

    private void SetCounts(ImportCounts counts)
    {
        Inserted = counts.Inserted;
        Updated = counts.Updated;
        Unchanged = counts.Unchanged;
        Rejected = counts.Rejected;
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
