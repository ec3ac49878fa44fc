using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>What an import took over from a file and what it left out, and why.</summary>
public sealed record RefiQdaImportSummary(
    int DimensionsCreated,
    int PracticesCreated,
    int CodesCreated,
    int Grouped,
    int CodingsApplied,
    int PracticeUsesAdded,
    int SourcesMatched,
    IReadOnlyList<SkippedSource> SourcesSkipped,
    IReadOnlyList<SkippedCoding> CodingsSkipped)
{
    public bool ChangedNothing => DimensionsCreated + PracticesCreated + CodesCreated + Grouped + CodingsApplied + PracticeUsesAdded == 0;
}

public sealed record SkippedSource(Guid Guid, string Name, string Reason);

public sealed record SkippedCoding(string Source, string Code, string Reason);

/// <summary>
/// Takes a REFI-QDA project (<c>.qdpx</c>), one Dyad exported or one from ATLAS.ti, NVivo, MAXQDA or QualCoder,
/// into the workspace: the code book into the data structure, the codings onto the events they belong to.
/// All or nothing: the whole file is checked (zip, schema, references) before anything is written, and what
/// it brings is written in one transaction.
/// </summary>
public sealed class RefiQdaImport(IDbContextFactory<DyadDbContext> contexts)
{
    /// <exception cref="DomainValidationException">The file is not a valid project; the message names what is wrong.</exception>
    public async Task<RefiQdaImportSummary> ImportAsync(Stream file, CancellationToken cancellationToken = default)
    {
        await using var package = await RefiQdaPackage.OpenAsync(file, cancellationToken);
        var project = RefiQdaReader.Read(package.Document);
        var texts = await RefiQdaReferences.CheckAsync(project, package, cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codeBook = await CodeBookMerge.LoadAsync(db, project, cancellationToken);
        codeBook.Merge(project);
        var codings = new CodingMerge(db, project, texts, codeBook.Placed);
        await codings.MergeAsync(cancellationToken);
        // One SaveChanges is one transaction, so a failure here leaves the workspace as it was.
        await db.SaveOrConflictAsync("The codes changed while the file was being imported; import it again.", cancellationToken);
        return new RefiQdaImportSummary(
            codeBook.DimensionsCreated, codeBook.PracticesCreated, codeBook.CodesCreated, codeBook.Grouped,
            codings.CodingsApplied, codings.PracticeUsesAdded, codings.SourcesMatched, codings.SkippedSources, codings.SkippedCodings);
    }
}
