using System.Globalization;
using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Handbook;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Handbook;

/// <summary>
/// The workspace's employee handbook: generated from its insights, edited section by section, every change a version
/// with who and when, versions compared, and the handbook exported as PDF or Markdown.
/// </summary>
public sealed class HandbookService(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers, TimeProvider clock)
{
    /// <returns>Null until the handbook is first generated.</returns>
    public async Task<HandbookView?> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Handbooks.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } handbook ? HandbookView.Of(handbook) : null;
    }

    /// <summary>
    /// Generates the handbook afresh from the insights, keeping every edited section (flagged when its generated text
    /// changed). The first generation needs no version; later ones name the version they were asked on, when given.
    /// </summary>
    public async Task<RegenerationResult> RegenerateAsync(int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var generated = HandbookGenerator.Generate(await new HandbookInputsReader(db, analysers).ReadAsync(cancellationToken));
        var handbook = await db.Handbooks.SingleOrDefaultAsync(cancellationToken);
        RegenerationSummary summary;
        string change;
        if (handbook is null)
        {
            handbook = Core.Handbook.Handbook.Create(db.Scope.WorkspaceId!.Value, generated, actor.Name, clock.GetUtcNow());
            db.Handbooks.Add(handbook);
            summary = new RegenerationSummary(handbook.Sections.Count, 0, 0, 0, 0);
            change = "Generated";
        }
        else
        {
            summary = handbook.Regenerate(generated, expectedVersion, actor.Name, clock.GetUtcNow());
            change = summary.Describe();
        }
        await SaveAsync(db, handbook, change, cancellationToken);
        return new RegenerationResult(summary, HandbookView.Of(handbook));
    }

    /// <returns>Null when there is no handbook yet.</returns>
    public Task<HandbookView?> EditAsync(string key, SectionEdit edit, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(handbook =>
        {
            var title = handbook.Edit(key, edit.Markdown, edit.Version, actor.Name, clock.GetUtcNow());
            return $"Edited \u201c{title}\u201d";
        }, cancellationToken);

    /// <returns>Null when there is no handbook yet.</returns>
    public Task<HandbookView?> RevertAsync(string key, VersionedChange change, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(handbook =>
        {
            var title = handbook.Revert(key, change.Version, actor.Name, clock.GetUtcNow());
            return $"Reverted \u201c{title}\u201d to the generated text";
        }, cancellationToken);

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<HandbookVersionSummary>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HandbookVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new HandbookVersionSummary(v.Number, v.CreatedAt, v.CreatedBy, v.Change))
            .ToListAsync(cancellationToken);
    }

    public async Task<HandbookVersionView?> VersionAsync(int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HandbookVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken) is { } v
            ? new HandbookVersionView(v.Number, v.Title, v.CreatedAt, v.CreatedBy, v.Change, v.Sections)
            : null;
    }

    /// <returns>Null when either version does not exist.</returns>
    public async Task<HandbookComparison?> CompareAsync(int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.HandbookVersions.AsNoTracking().Where(v => v.Number == from || v.Number == to).ToListAsync(cancellationToken);
        var (older, newer) = (versions.SingleOrDefault(v => v.Number == from), versions.SingleOrDefault(v => v.Number == to));
        return older is null || newer is null ? null : new HandbookComparison(from, to, HandbookDiff.Compare(older.Sections, newer.Sections));
    }

    /// <summary>The current handbook, or the given version, as a PDF or Markdown file.</summary>
    /// <returns>Null when there is no handbook, or no such version.</returns>
    public async Task<HandbookFile?> ExportAsync(string? format, int? version, CancellationToken cancellationToken = default)
    {
        var chosen = (Blank.ToNull(format) ?? HandbookFormats.Pdf).ToLowerInvariant();
        if (!HandbookFormats.All.Contains(chosen))
        {
            throw DomainValidationException.For("format", $"Format must be one of {string.Join(", ", HandbookFormats.All)}.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.WorkspaceId!.Value;
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var versions = db.HandbookVersions.AsNoTracking();
        var stored = version is { } number
            ? await versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken)
            : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var stamp = string.Create(CultureInfo.InvariantCulture, $"Version {stored.Number}, {stored.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC, by {stored.CreatedBy}");
        var name = $"handbook-v{stored.Number}";
        return chosen == HandbookFormats.Markdown
            ? new HandbookFile($"{name}.md", "text/markdown; charset=utf-8",
                Encoding.UTF8.GetBytes(HandbookMarkdown.Write(stored.Title, $"{workspace}. {stamp}", stored.Sections)))
            : new HandbookFile($"{name}.pdf", "application/pdf", HandbookPdf.Write(stored.Title, workspace, [stamp], stored.Sections));
    }

    private async Task<HandbookView?> ChangeAsync(Func<Core.Handbook.Handbook, string> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Handbooks.SingleOrDefaultAsync(cancellationToken) is not { } handbook)
        {
            return null;
        }
        var description = change(handbook);
        await SaveAsync(db, handbook, description, cancellationToken);
        return HandbookView.Of(handbook);
    }

    /// <summary>Saves the handbook with its new version in one transaction; a concurrent save of the same version loses with a 409.</summary>
    private static async Task SaveAsync(DyadDbContext db, Core.Handbook.Handbook handbook, string change, CancellationToken cancellationToken)
    {
        db.HandbookVersions.Add(new HandbookVersion(handbook, change));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DbContextExtensions.IsUniqueViolation(ex))
        {
            throw new ConflictException("Someone else changed the handbook at the same moment; reload it and make your change again.");
        }
    }
}
