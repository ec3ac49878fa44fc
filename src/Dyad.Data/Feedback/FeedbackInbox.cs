using Dyad.Core.Common;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

/// <summary>
/// Every open-text answer of the workspace's survey responses, coded with the workspace's codebooks and scored by
/// VADER when read (docs/text-analysis.md: why derived codes are not stored), with the corrections people made.
/// </summary>
public sealed class FeedbackInbox(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers)
{
    /// <summary>At most this many items are listed; the total and the analysis cover all that match.</summary>
    public const int MaxItems = 500;

    public async Task<FeedbackInboxView> ListAsync(FeedbackFilter filter, CancellationToken cancellationToken = default)
    {
        var selection = await SelectAsync(filter, cancellationToken);
        var items = selection.Items;
        return new FeedbackInboxView(items.Count, items.Take(MaxItems).ToList(), selection.Frequencies(),
            ImportanceIndex.Rank(items.Select(i => new CardedFeedback(i.Keywords, i.Card)), k => selection.Codebook.OrderOf(k) != int.MaxValue));
    }

    /// <summary>Every piece of feedback the filter selects, newest first.</summary>
    public async Task<FeedbackSelection> SelectAsync(FeedbackFilter filter, CancellationToken cancellationToken = default)
    {
        var card = ParseCard(filter.Card);
        var sentiment = Blank.ToNull(filter.Sentiment)?.ToLowerInvariant();
        if (sentiment is not null && !SentimentLabels.All.Contains(sentiment))
        {
            throw DomainValidationException.For("sentiment", $"Sentiment must be one of {string.Join(", ", SentimentLabels.All)}.");
        }
        var source = Blank.ToNull(filter.Source)?.ToLowerInvariant();
        if (source is not null && !FeedbackSources.All.Contains(source))
        {
            throw DomainValidationException.For("source", $"Source must be one of {string.Join(", ", FeedbackSources.All)}.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var responses = db.SurveyResponses.AsQueryable();
        var notes = db.EmployeeNotes.AsQueryable();
        if (filter.AccountId is { } accountId)
        {
            responses = responses.Where(r => r.AccountId == accountId);
            notes = notes.Where(n => n.AccountId == accountId);
        }
        if (filter.Phase is { } phase)
        {
            responses = responses.Where(r => r.Context.Phase == phase);
            notes = notes.Where(n => n.Phase == phase);
        }
        if (filter.AccountIds is { } accountIds)
        {
            responses = responses.Where(r => r.AccountId != null && accountIds.Contains(r.AccountId.Value));
            notes = notes.Where(n => n.AccountId != null && accountIds.Contains(n.AccountId.Value));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            responses = responses.Where(r => r.SubmittedAt >= start);
            notes = notes.Where(n => n.Date >= from);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            responses = responses.Where(r => r.SubmittedAt < end);
            notes = notes.Where(n => n.Date <= to);
        }
        var (codebook, all) = await ReadAllAsync(db, source is FeedbackSources.Employee ? null : responses,
            source is FeedbackSources.Survey ? null : notes, cancellationToken);
        var keyword = Blank.ToNull(filter.Keyword);
        var q = Blank.ToNull(filter.Q);
        var items = all
            .Where(i => keyword is null || i.Keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase))
            .Where(i => sentiment is null || i.Sentiment == sentiment)
            .Where(i => card is null || i.Card == card)
            .Where(i => q is null || i.Text.Contains(q, StringComparison.OrdinalIgnoreCase))
            .Where(i => filter.Role is not { } role || i.StakeholderRole == role.ToString())
            .ToList();
        return new FeedbackSelection(codebook.Codebook, codebook.Thresholds, codebook.OtherTopicsThreshold, items);
    }

    public Task<FeedbackItemView?> SetCodesAsync(Guid id, FeedbackCodes codes, CancellationToken cancellationToken = default) =>
        AnnotateAsync(id, (annotation, item) => annotation.SetCodes(item.AutomaticKeywords, codes.Keywords ?? []), cancellationToken);

    public Task<FeedbackItemView?> SetCardAsync(Guid id, FeedbackCardChoice choice, CancellationToken cancellationToken = default) =>
        AnnotateAsync(id, (annotation, _) => annotation.SetCard(choice.Card), cancellationToken);

    private async Task<FeedbackItemView?> AnnotateAsync(Guid id, Action<FeedbackAnnotation, FeedbackItemView> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, items) = await ReadAllAsync(db, db.SurveyResponses, db.EmployeeNotes.Where(n => n.Id == id), cancellationToken);
        if (items.SingleOrDefault(i => i.Id == id) is not { } item)
        {
            return null;
        }
        var annotation = await db.FeedbackAnnotations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            annotation = new FeedbackAnnotation(db.Scope.WorkspaceId!.Value, id);
            db.FeedbackAnnotations.Add(annotation);
        }
        change(annotation, item);
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackItems.Annotated(item, annotation);
    }

    /// <summary>Answers and notes as one list, newest first; a source left null is not read.</summary>
    private async Task<(CombinedCodebook Codebook, List<FeedbackItemView> Items)> ReadAllAsync(DyadDbContext db,
        IQueryable<SurveyResponse>? responses, IQueryable<EmployeeNote>? notes, CancellationToken cancellationToken)
    {
        var reader = new FeedbackItems(db, analysers);
        var (codebook, answers) = responses is null
            ? (await CodebookService.CombinedAsync(db, cancellationToken), [])
            : await reader.ReadAsync(responses, cancellationToken);
        var noted = notes is null ? [] : await reader.ReadNotesAsync(notes, codebook, cancellationToken);
        return (codebook, answers.Concat(noted).OrderByDescending(i => i.SubmittedAt).ThenBy(i => i.Id).ToList());
    }

    private static FeedbackCard? ParseCard(string? card) =>
        Blank.ToNull(card) is not { } given ? null
        : Enum.TryParse<FeedbackCard>(given, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw DomainValidationException.For("card", "Card must be red or green.");
}
