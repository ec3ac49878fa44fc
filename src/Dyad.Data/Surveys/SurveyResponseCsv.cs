using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

public sealed record ResponseImportSummary(int Imported, int AlreadyPresent)
{
    public int Total => Imported + AlreadyPresent;
}

/// <summary>One bad cell of an import file; rows count like a spreadsheet's, the header being row 1.</summary>
public sealed record ImportCellError(int Row, string Column, string Problem)
{
    public override string ToString() => $"Row {Row}, column '{Column}': {Problem}";
}

/// <summary>An import file has bad cells; nothing of it was stored.</summary>
public sealed class ResponseImportException(IReadOnlyList<ImportCellError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ImportCellError> Errors { get; } = errors;
}

/// <summary>
/// A survey's responses as a wide CSV, the way Qualtrics, LimeSurvey and Formbricks export them: one row per response,
/// one column per question key (a matrix has one per row, <c>key.row</c>; choices are option keys separated by
/// <c>;</c>, a ranking's in order), and the optional columns <see cref="MetaColumns"/>. An import is all or nothing;
/// <c>response_id</c> is its idempotency key, so importing a file twice stores its responses once.
/// </summary>
public sealed class SurveyResponseCsv(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock, ResponseActionRule actionRule)
{
    public const string ContentType = "text/csv";
    public const string ResponseId = "response_id";
    public const string SubmittedAt = "submitted_at";
    public const string Account = "account";
    public const string StakeholderEmail = "stakeholder_email";
    public const string Language = "language";
    public const char ChoiceSeparator = ';';

    /// <summary>Enough to fix a file in one go without a report longer than the file.</summary>
    public const int MaximumErrors = 100;

    public static readonly IReadOnlyList<string> MetaColumns = [ResponseId, SubmittedAt, Account, StakeholderEmail, Language];

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        // A short row leaves its last answers empty, as spreadsheets save rows whose trailing cells are blank.
        MissingFieldFound = null,
    };

    /// <summary>The file's columns for this survey's questions, in question order.</summary>
    public static IReadOnlyList<string> QuestionColumns(IReadOnlyList<Question> questions) =>
        questions.SelectMany(q => q.Type == QuestionType.Matrix ? q.Rows!.Select(r => $"{q.Key}.{r.Key}") : [q.Key]).ToArray();

    /// <returns>Null when the survey does not exist in the workspace.</returns>
    /// <exception cref="ResponseImportException">A cell is wrong; nothing was stored.</exception>
    public async Task<ResponseImportSummary?> ImportAsync(Guid surveyId, TextReader reader, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        if (survey.Status != SurveyStatus.Open)
        {
            throw DomainValidationException.For(nameof(Survey.Status), $"The survey is {survey.Status.ToText()}; it takes responses only while open.");
        }
        var known = await db.SurveyResponses.Where(r => r.SurveyId == surveyId)
            .Select(r => new { r.Id, r.IdempotencyKey }).ToListAsync(cancellationToken);
        var respondents = new Respondents(
            await db.Accounts.AsNoTracking().Select(a => new AccountRef(a.Id, a.Name)).ToListAsync(cancellationToken),
            await db.Stakeholders.AsNoTracking().Where(s => s.Email != null)
                .Select(s => new StakeholderRef(s.Id, s.AccountId, s.Email!)).ToListAsync(cancellationToken));
        var reading = new ImportReading(survey, respondents, clock.GetUtcNow(),
            known.Select(r => r.IdempotencyKey).OfType<string>().Concat(known.Select(r => r.Id.ToString())).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var responses = reading.Read(reader);
        db.SurveyResponses.AddRange(responses);
        // One SaveChanges is one transaction: the file is stored whole or not at all.
        await db.SaveOrConflictAsync(
            "Another import or submission stored some of these responses just now; nothing of this file was stored. Import it again.",
            cancellationToken);
        await actionRule.OpenActionsAsync(responses.Select(r => r.Id).ToList(), cancellationToken);
        return new ResponseImportSummary(responses.Count, reading.AlreadyPresent);
    }

    /// <summary>Writes every response of the survey, oldest first, in the format <see cref="ImportAsync"/> reads.</summary>
    /// <returns>The number of responses written, or null when the survey does not exist in the workspace.</returns>
    public async Task<int?> ExportAsync(Guid surveyId, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).ToListAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var emails = await db.Stakeholders.AsNoTracking().Where(s => s.Email != null).ToDictionaryAsync(s => s.Id, s => s.Email!, cancellationToken);

        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in MetaColumns.Concat(QuestionColumns(survey.Questions)))
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        // Ordered by what the file shows, time to the second and then id, so a file imported and exported again comes out the same.
        foreach (var response in responses.OrderBy(Stamp, StringComparer.Ordinal).ThenBy(Key, StringComparer.Ordinal))
        {
            csv.WriteField(SpreadsheetCells.Guard(Key(response)));
            csv.WriteField(Stamp(response));
            csv.WriteField(SpreadsheetCells.Guard(response.AccountId is { } account ? accounts.GetValueOrDefault(account) ?? "" : ""));
            csv.WriteField(SpreadsheetCells.Guard(response.StakeholderId is { } person ? emails.GetValueOrDefault(person) ?? "" : ""));
            csv.WriteField(response.Language);
            foreach (var question in survey.Questions)
            {
                var answer = response.Answers.GetValueOrDefault(question.Key);
                if (question.Type == QuestionType.Matrix)
                {
                    foreach (var row in question.Rows!)
                    {
                        csv.WriteField(answer?.Rows?.TryGetValue(row.Key, out var rating) == true ? rating.ToString(CultureInfo.InvariantCulture) : "");
                    }
                    continue;
                }
                csv.WriteField(SpreadsheetCells.Guard(answer is null ? "" : Cell(question, answer)));
            }
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
        return responses.Count;
    }

    private static string Key(SurveyResponse response) => response.IdempotencyKey ?? response.Id.ToString();

    private static string Stamp(SurveyResponse response) => response.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Cell(Question question, Answer answer) =>
        question.IsNumeric ? answer.Number?.ToString(CultureInfo.InvariantCulture) ?? ""
        : question.IsChoice ? string.Join(ChoiceSeparator, answer.Choices ?? [])
        : answer.Text ?? "";

    private sealed record AccountRef(Guid Id, string Name);

    private sealed record StakeholderRef(Guid Id, Guid AccountId, string Email);

    /// <summary>Accounts by id and by name, people by e-mail: a row is matched by lookup, not by a scan of the workspace.</summary>
    private sealed class Respondents(IReadOnlyList<AccountRef> accounts, IReadOnlyList<StakeholderRef> stakeholders)
    {
        private readonly Dictionary<Guid, AccountRef> _byId = accounts.ToDictionary(a => a.Id);
        private readonly ILookup<string, AccountRef> _byName = accounts.ToLookup(a => a.Name, StringComparer.OrdinalIgnoreCase);
        private readonly ILookup<string, StakeholderRef> _byEmail = stakeholders.ToLookup(s => s.Email, StringComparer.OrdinalIgnoreCase);

        public AccountRef[] Accounts(string idOrName) =>
            Guid.TryParse(idOrName, out var id) && _byId.TryGetValue(id, out var byId)
                ? _byName[idOrName].Append(byId).Distinct().ToArray()
                : _byName[idOrName].ToArray();

        public IEnumerable<StakeholderRef> WithEmail(string email) => _byEmail[email];
    }

    /// <summary>One pass over a file: every row checked, every problem collected, the responses built only if there are none.</summary>
    private sealed class ImportReading(Survey survey, Respondents respondents, DateTimeOffset now, HashSet<string> knownKeys)
    {
        private readonly List<ImportCellError> _errors = [];
        private readonly Dictionary<string, int> _keysInFile = new(StringComparer.OrdinalIgnoreCase);

        public int AlreadyPresent { get; private set; }

        public List<SurveyResponse> Read(TextReader reader)
        {
            using var csv = new CsvReader(reader, Format);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new ResponseImportException([new ImportCellError(1, ResponseId, "The file is empty; the first row must name the columns.")]);
            }
            var columns = Columns(header);
            var responses = new List<SurveyResponse>();
            try
            {
                while (csv.Read() && _errors.Count < MaximumErrors)
                {
                    var row = csv.Parser.Row;
                    var cells = columns.ToDictionary(c => c.Key, c => Blank.ToNull(SpreadsheetCells.Unguard(csv.GetField(c.Value) ?? "")), StringComparer.Ordinal);
                    if (ReadRow(row, cells) is { } response)
                    {
                        responses.Add(response);
                    }
                }
            }
            catch (BadDataException bad)
            {
                _errors.Add(new ImportCellError(bad.Context?.Parser?.Row ?? 0, header[0],
                    "The row is not valid CSV (a quote inside a cell that is not itself quoted?); the file cannot be read past it."));
            }
            if (_errors.Count > 0)
            {
                throw new ResponseImportException(_errors);
            }
            return responses;
        }

        /// <summary>Column name to its index in the file; unknown and repeated columns are refused, so no answer is silently dropped.</summary>
        private Dictionary<string, int> Columns(string[] header)
        {
            var questionColumns = QuestionColumns(survey.Questions);
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var name = header[i].Trim();
                var meta = MetaColumns.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));
                var column = meta ?? questionColumns.FirstOrDefault(c => c == name);
                if (column is null)
                {
                    _errors.Add(new ImportCellError(1, name, $"The survey has no question or column '{name}'; " +
                                                             $"the columns are {string.Join(", ", MetaColumns.Concat(questionColumns))}."));
                }
                else if (!columns.TryAdd(column, i))
                {
                    _errors.Add(new ImportCellError(1, name, "The column appears twice."));
                }
            }
            if (_errors.Count > 0)
            {
                throw new ResponseImportException(_errors);
            }
            return columns;
        }

        private SurveyResponse? ReadRow(int row, IReadOnlyDictionary<string, string?> cells)
        {
            var errorsBefore = _errors.Count;
            string? Cell(string column) => cells.GetValueOrDefault(column);
            void Fail(string column, string problem) => _errors.Add(new ImportCellError(row, column, problem));

            var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
            foreach (var question in survey.Questions)
            {
                if (ReadAnswer(question, Cell, Fail) is { IsEmpty: false } answer)
                {
                    answers[question.Key] = answer;
                }
            }
            var key = Cell(ResponseId);
            if (key is not null && _keysInFile.TryGetValue(key, out var earlier))
            {
                Fail(ResponseId, $"'{key}' already appears in row {earlier}.");
            }
            else if (key is not null)
            {
                _keysInFile[key] = row;
            }
            var submittedAt = now;
            if (Cell(SubmittedAt) is { } when)
            {
                if (DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    submittedAt = parsed.ToUniversalTime();
                }
                else
                {
                    Fail(SubmittedAt, $"'{when}' is not a date and time; write it like 2026-03-31T14:05:00Z.");
                }
            }
            var (accountId, stakeholderId) = Respondent(Cell(Account), Cell(StakeholderEmail), Fail);
            if (_errors.Count > errorsBefore)
            {
                return null;
            }
            if (key is not null && knownKeys.Contains(key))
            {
                AlreadyPresent++;
                return null;
            }
            try
            {
                return survey.Respond(new NewSurveyResponse(answers, accountId, stakeholderId, Cell(Language), key), submittedAt);
            }
            catch (DomainValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    Fail(ColumnOf(field, messages[0]), messages[0]);
                }
                return null;
            }
        }

        private static Answer? ReadAnswer(Question question, Func<string, string?> cell, Action<string, string> fail)
        {
            if (question.Type == QuestionType.Matrix)
            {
                var rows = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var row in question.Rows!)
                {
                    var column = $"{question.Key}.{row.Key}";
                    if (Number(cell(column), column, fail) is { } rating)
                    {
                        rows[row.Key] = rating;
                    }
                }
                return new Answer(Rows: rows);
            }
            var text = cell(question.Key);
            if (text is null)
            {
                return null;
            }
            if (question.IsNumeric)
            {
                return new Answer(Number: Number(text, question.Key, fail));
            }
            if (question.IsChoice)
            {
                return new Answer(Choices: text.Split(ChoiceSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            return new Answer(Text: text);
        }

        private static int? Number(string? text, string column, Action<string, string> fail)
        {
            if (text is null)
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            fail(column, $"'{text}' is not a whole number.");
            return null;
        }

        /// <summary>The account by id or name, the stakeholder by e-mail (within the account when one is given).</summary>
        private (Guid? Account, Guid? Stakeholder) Respondent(string? account, string? email, Action<string, string> fail)
        {
            Guid? accountId = null;
            if (account is not null)
            {
                var matches = respondents.Accounts(account);
                if (matches.Length == 1)
                {
                    accountId = matches[0].Id;
                }
                else
                {
                    fail(Account, matches.Length == 0
                        ? $"No account of this workspace is named '{account}' or has that id."
                        : $"{matches.Length} accounts are named '{account}'; give the account's id instead.");
                }
            }
            if (email is null)
            {
                return (accountId, null);
            }
            var people = respondents.WithEmail(email).Where(s => accountId is null || s.AccountId == accountId).ToArray();
            if (people.Length == 1)
            {
                return (accountId ?? people[0].AccountId, people[0].Id);
            }
            fail(StakeholderEmail, people.Length == 0
                ? $"No stakeholder {(accountId is null ? "" : "of this account ")}has the e-mail '{email}'."
                : $"Stakeholders of {people.Length} accounts have the e-mail '{email}'; name the account too.");
            return (accountId, null);
        }

        /// <summary>The file's column for a field the survey refused: an answer's question column, a matrix's row column, or a meta column.</summary>
        private string ColumnOf(string field, string message)
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
            var question = survey.Questions.FirstOrDefault(q => q.Key == key);
            if (question?.Type == QuestionType.Matrix)
            {
                var row = question.Rows!.FirstOrDefault(r => message.Contains($"'{r.Key}'", StringComparison.Ordinal)) ?? question.Rows![0];
                return $"{key}.{row.Key}";
            }
            // SERVQUAL's weights are checked together under their common prefix; the first weight column stands for them.
            return question is not null ? key : QuestionColumns(survey.Questions).FirstOrDefault(c => c.StartsWith(key, StringComparison.Ordinal)) ?? key;
        }
    }
}
