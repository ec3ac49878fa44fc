using Dyad.Core.Accounts;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Surveys;
using Dyad.Data.Coding;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

/// <summary>
/// Turns stored survey responses into feedback items, one per open question answered with text, and employee notes into
/// items of their own source.
/// </summary>
internal sealed class FeedbackItems(DyadDbContext db, SentimentAnalysers analysers)
{
    /// <summary>The topic of every employee note: notes answer no question, and keywords of one question's topic skip them.</summary>
    public const string EmployeeNotesTopic = "employee notes";

    /// <summary>Notes carry no language; the workspace's people write them in the language of its default analyser.</summary>
    private const string NotesLanguage = "en";

    /// <summary>An item's id: the same response and question always give the same id, so corrections find it again.</summary>
    public static Guid IdOf(Guid responseId, string questionKey) => DerivedGuid.From(responseId, questionKey);

    /// <summary>
    /// The open questions of the open-004 instrument carry their content-analysis topic; any other open question is a
    /// topic of its own.
    /// </summary>
    public static string TopicOf(string questionKey) => Codebook004.TopicOfQuestion.GetValueOrDefault(questionKey) ?? questionKey;

    public async Task<(CombinedCodebook Codebook, List<FeedbackItemView> Items)> ReadAsync(IQueryable<SurveyResponse> responses,
        CancellationToken cancellationToken)
    {
        var codebook = await CodebookService.CombinedAsync(db, cancellationToken);
        // Only surveys with open questions give feedback: a scale-only survey's responses (SERVQUAL's dozens of numbers
        // each) are never read.
        var surveys = (await db.Surveys.AsNoTracking().ToListAsync(cancellationToken))
            .Where(s => s.Questions.Any(q => q.Type == QuestionType.OpenText))
            .ToDictionary(s => s.Id);
        var surveyIds = surveys.Keys.ToArray();
        var stored = await responses.AsNoTracking().Where(r => surveyIds.Contains(r.SurveyId))
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var accountIds = stored.Select(r => r.AccountId).OfType<Guid>().Distinct().ToArray();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var stakeholderIds = stored.Select(r => r.StakeholderId).OfType<Guid>().Distinct().ToArray();
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => stakeholderIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        // Only feedback someone corrected has an annotation: few rows, read whole.
        var annotations = await db.FeedbackAnnotations.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);

        var items = new List<FeedbackItemView>();
        foreach (var response in stored)
        {
            var stakeholder = response.StakeholderId is { } sid ? stakeholders.GetValueOrDefault(sid) : null;
            var accountName = response.AccountId is { } aid ? accounts.GetValueOrDefault(aid) : null;
            items.AddRange(ItemsOf(response, surveys[response.SurveyId], accountName, stakeholder?.Name, stakeholder?.BuyingCentreRole, codebook.Codebook)
                .Select(item => annotations.TryGetValue(item.Id, out var annotation) ? Annotated(item, annotation) : item));
        }
        return (codebook, items);
    }

    /// <summary>True when an open answer of the response reads negative: only then has it feedback to route.</summary>
    public bool HasNegativeAnswer(SurveyResponse response, Survey survey) =>
        OpenAnswers(response, survey).Any(answer => SuggestedCard(answer.Compound) == FeedbackCard.Red);

    /// <summary>One response's items, one per open question answered with text, as the sentiment and codebook see them.</summary>
    public IEnumerable<FeedbackItemView> ItemsOf(SurveyResponse response, Survey survey, string? accountName, string? stakeholderName,
        BuyingCentreRole? stakeholderRole, Codebook codebook) =>
        OpenAnswers(response, survey).Select(answer =>
        {
            var topic = TopicOf(answer.Question.Key);
            var automatic = codebook.Code(topic, answer.Text);
            return new FeedbackItemView(IdOf(response.Id, answer.Question.Key), FeedbackSources.Survey, survey.Id, survey.Name, response.Id,
                answer.Question.Key, topic, answer.Text, response.AccountId, accountName, response.StakeholderId, stakeholderName,
                stakeholderRole?.ToString(), response.Context.Phase, response.Context.TouchpointId, response.SubmittedAt,
                answer.Compound, SentimentLabels.Of(answer.Compound), automatic, automatic, SuggestedCard(answer.Compound), false);
        });

    private IEnumerable<(Question Question, string Text, double? Compound)> OpenAnswers(SurveyResponse response, Survey survey)
    {
        var analyser = AnalyserFor(response.Language);
        foreach (var question in survey.Questions.Where(q => q.Type == QuestionType.OpenText))
        {
            if (response.Answers.TryGetValue(question.Key, out var answer) && !string.IsNullOrWhiteSpace(answer.Text))
            {
                yield return (question, answer.Text, analyser?.Analyse(answer.Text).Compound);
            }
        }
    }

    /// <summary>The notes as feedback items, newest first, coded with the same codebooks and scored like answers.</summary>
    public async Task<List<FeedbackItemView>> ReadNotesAsync(IQueryable<EmployeeNote> notes, CombinedCodebook codebook,
        CancellationToken cancellationToken)
    {
        var stored = await notes.AsNoTracking().OrderByDescending(n => n.Date).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        var accountIds = stored.Select(n => n.AccountId).OfType<Guid>().Distinct().ToArray();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var ids = stored.Select(n => n.Id).ToArray();
        var annotations = await db.FeedbackAnnotations.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var analyser = AnalyserFor(NotesLanguage);
        return stored.Select(note =>
        {
            var compound = analyser?.Analyse(note.Text).Compound;
            var automatic = codebook.Codebook.Code(EmployeeNotesTopic, note.Text);
            var item = new FeedbackItemView(note.Id, FeedbackSources.Employee, null, null, null, null, EmployeeNotesTopic, note.Text,
                note.AccountId, note.AccountId is { } aid ? accounts.GetValueOrDefault(aid) : null,
                null, null, note.StakeholderRole?.ToString(), note.Phase, note.TouchpointId,
                new DateTimeOffset(note.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                compound, SentimentLabels.Of(compound), automatic, automatic, SuggestedCard(compound), false,
                note.Author, note.Kind.ToText());
            return annotations.TryGetValue(note.Id, out var annotation) ? Annotated(item, annotation) : item;
        }).ToList();
    }

    /// <summary>The item with the corrections and the card people gave it.</summary>
    public static FeedbackItemView Annotated(FeedbackItemView item, FeedbackAnnotation annotation) =>
        item with
        {
            Keywords = annotation.CodesFrom(item.AutomaticKeywords),
            Card = annotation.Card ?? SuggestedCard(item.Compound),
            CardByHand = annotation.Card is not null,
        };

    /// <summary>The card the sentiment suggests; only the compound score decides it.</summary>
    private static FeedbackCard? SuggestedCard(double? compound) =>
        compound is { } score ? FeedbackCards.Of(SentimentScores.None with { Compound = score }) : null;

    /// <summary>The analyser for a response's language ("en-GB" is English); none when no lexicon knows it.</summary>
    private ISentimentAnalyser? AnalyserFor(string language)
    {
        var code = language.Split('-')[0];
        return analysers.Languages.Contains(code, StringComparer.OrdinalIgnoreCase) ? analysers.For(code) : null;
    }
}
