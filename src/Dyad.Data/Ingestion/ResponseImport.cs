using Dyad.Core.Actions;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Core.Surveys;
using Dyad.Data.Actions;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>
/// A survey's responses in the wide layout of <see cref="SurveyResponseCsv"/>: one record per response, one field
/// per question key (a matrix: <c>key.row</c>; choices: option keys separated by <c>;</c>) and the meta fields. Each
/// response is built by <see cref="Survey.Respond"/>, the rule every submission goes through. <c>response_id</c> is its
/// idempotency key; a record without one is keyed by a hash of its content, so a file imported twice stores nothing twice.
/// A response the detractor rule fires on is stored with a <see cref="QueuedFollowUp"/> in the same transaction, and its
/// action is opened by the follow-up job once the batch commits.
/// </summary>
internal sealed class ResponseImport(FollowUpSignal followUps, TimeProvider clock) : EntityImport<SurveyResponse>
{
    private const string ResponseId = SurveyResponseCsv.ResponseId;
    private const string SubmittedAt = SurveyResponseCsv.SubmittedAt;
    private const string Account = SurveyResponseCsv.Account;
    private const string StakeholderEmail = SurveyResponseCsv.StakeholderEmail;
    private const string Language = SurveyResponseCsv.Language;

    private Survey _survey = null!;
    private WorkspacePeople _people = null!;
    private IReadOnlyList<string> _fields = [];
    private ResponseRules _rules = ResponseRules.Default;
    private DateTimeOffset _now;
    private bool _queuedSinceCommit;
    private bool _surveyHadResponses;

    public override ImportEntity Entity => ImportEntity.Responses;
    public override IReadOnlyCollection<string> Fields => _fields;
    public override IReadOnlyCollection<string> RequiredFields => [];
    public override string KeyField => ResponseId;

    public override async Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken)
    {
        if (surveyId is null)
        {
            throw DomainValidationException.For("survey", "Responses are imported into a survey; name it.");
        }
        _survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
                  ?? throw new ImportTargetMissingException($"There is no survey {surveyId} in this workspace.");
        if (_survey.Status != SurveyStatus.Open)
        {
            throw DomainValidationException.For(nameof(Survey.Status), $"The survey is {_survey.Status.ToText()}; it takes responses only while open.");
        }
        _people = await WorkspacePeople.ReadAsync(db, cancellationToken);
        _rules = await ActionRuleSettingsService.RulesAsync(db, cancellationToken);
        _surveyHadResponses = await db.SurveyResponses.AnyAsync(r => r.SurveyId == _survey.Id, cancellationToken);
        _fields = SurveyResponseCsv.MetaColumns.Concat(SurveyResponseCsv.QuestionColumns(_survey.Questions)).ToList();
        _now = clock.GetUtcNow();
    }

    protected override SurveyResponse? ReadRow(RowReader row)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var question in _survey.Questions)
        {
            if (ReadAnswer(row, question) is { IsEmpty: false } answer)
            {
                answers[question.Key] = answer;
            }
        }
        var submittedAt = row.Time(SubmittedAt) ?? _now;
        var account = _people.Account(row, Account, row.Text(Account));
        var person = row.Text(StakeholderEmail) is { } email ? _people.Person(row, StakeholderEmail, email, account?.Id) : null;
        var key = row.Text(ResponseId);
        if (key is { Length: > NewSurveyResponse.IdempotencyKeyMaxLength })
        {
            row.Fail(ResponseId, $"A response id is at most {NewSurveyResponse.IdempotencyKeyMaxLength} characters.");
        }
        if (row.Failed)
        {
            return null;
        }
        try
        {
            return _survey.Respond(new NewSurveyResponse(answers, account?.Id ?? person?.AccountId, person?.Id, row.Text(Language),
                key ?? ContentKey.Of(row.Fields, ResponseId)), submittedAt);
        }
        catch (DomainValidationException refused)
        {
            row.Refused(refused, field => FieldOf(field, refused.Errors[field][0]));
            return null;
        }
    }

    private static Answer? ReadAnswer(RowReader row, Question question)
    {
        if (question.Type == QuestionType.Matrix)
        {
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var matrixRow in question.Rows!)
            {
                if (row.Integer($"{question.Key}.{matrixRow.Key}") is { } rating)
                {
                    rows[matrixRow.Key] = rating;
                }
            }
            return new Answer(Rows: rows);
        }
        if (row.Text(question.Key) is null)
        {
            return null;
        }
        if (question.IsNumeric)
        {
            return new Answer(Number: row.Integer(question.Key));
        }
        return question.IsChoice ? new Answer(Choices: row.List(question.Key).ToArray()) : new Answer(Text: row.Text(question.Key));
    }

    protected override string KeyOf(SurveyResponse row) => row.IdempotencyKey!;

    protected override async Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<SurveyResponse> rows, CancellationToken cancellationToken)
    {
        var added = _surveyHadResponses ? await NotStoredAsync(db, rows, cancellationToken) : rows;
        var queued = added.Where(r => ResponseActionRule.Fires(_rules, _survey, r)).Select(r => new QueuedFollowUp(r, _now));
        return InsertOnly([.. added, .. queued], added.Count, rows.Count);
    }

    /// <summary>
    /// The rows the survey does not hold yet. Only asked when it held responses as the import began: into a survey that
    /// was empty, a file's rows are all new (the pass drops a file's own repeats), and a submission racing the import with
    /// one of its keys makes the batch fail on the unique index instead of storing it twice.
    /// </summary>
    private async Task<List<SurveyResponse>> NotStoredAsync(DyadDbContext db, IReadOnlyList<SurveyResponse> rows, CancellationToken cancellationToken)
    {
        var keys = rows.Select(KeyOf).ToList();
        // An exported response that had no key of its own carries its id as response_id.
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        // Two lookups, each along an index: one query OR-ing both lists searched all of the survey's responses for every batch.
        var responses = db.SurveyResponses.Where(r => r.SurveyId == _survey.Id);
        var matched = await responses.Where(r => keys.Contains(r.IdempotencyKey!)).Select(r => new { r.Id, r.IdempotencyKey })
            .ToListAsync(cancellationToken);
        if (ids.Count > 0)
        {
            matched.AddRange(await responses.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.IdempotencyKey }).ToListAsync(cancellationToken));
        }
        var stored = matched.SelectMany(r => new[] { r.IdempotencyKey, r.Id.ToString() }).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return rows.Where(r => !stored.Contains(KeyOf(r))).ToList();
    }

    public override void Stored(IReadOnlyList<object> inserts) => _queuedSinceCommit |= inserts.Any(i => i is QueuedFollowUp);

    /// <summary>Wakes the follow-up job once the queued follow-ups are committed, and so visible to it.</summary>
    public override Task AfterCommitAsync(CancellationToken cancellationToken)
    {
        if (_queuedSinceCommit)
        {
            followUps.Queued();
            _queuedSinceCommit = false;
        }
        return Task.CompletedTask;
    }

    /// <summary>The file's field for one the survey refused: an answer's question, a matrix row, or a meta field.</summary>
    private string FieldOf(string field, string message)
    {
        const string answers = "answers.";
        if (!field.StartsWith(answers, StringComparison.Ordinal))
        {
            return field switch
            {
                nameof(NewSurveyResponse.Language) => Language,
                nameof(NewSurveyResponse.IdempotencyKey) => ResponseId,
                nameof(NewSurveyResponse.StakeholderId) => StakeholderEmail,
                _ => Account,
            };
        }
        var key = field[answers.Length..];
        var question = _survey.Questions.FirstOrDefault(q => q.Key == key);
        if (question?.Type == QuestionType.Matrix)
        {
            var matrixRow = question.Rows!.FirstOrDefault(r => message.Contains($"'{r.Key}'", StringComparison.Ordinal)) ?? question.Rows![0];
            return $"{key}.{matrixRow.Key}";
        }
        // SERVQUAL's weights are checked together under their common prefix; the first weight field stands for them.
        return question is not null ? key : SurveyResponseCsv.QuestionColumns(_survey.Questions).FirstOrDefault(c => c.StartsWith(key, StringComparison.Ordinal)) ?? key;
    }
}

/// <summary>What an import goes into (a survey) does not exist in the workspace.</summary>
public sealed class ImportTargetMissingException(string message) : Exception(message);
