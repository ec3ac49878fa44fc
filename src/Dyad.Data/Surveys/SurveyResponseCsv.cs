using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>
/// A survey's responses as a wide CSV, the way Qualtrics, LimeSurvey and Formbricks export them: one row per response,
/// one column per question key (a matrix has one per row, <c>key.row</c>; choices are option keys separated by
/// <c>;</c>, a ranking's in order), and the optional columns <see cref="MetaColumns"/>. The import of such a file is
/// <see cref="Ingestion.BulkImport"/>'s (entity responses); <c>response_id</c> is its idempotency key, so importing a file
/// twice stores its responses once.
/// </summary>
public sealed class SurveyResponseCsv(IDbContextFactory<DyadDbContext> contexts)
{
    public const string ContentType = "text/csv";
    public const string ResponseId = "response_id";
    public const string SubmittedAt = "submitted_at";
    public const string Account = "account";
    public const string StakeholderEmail = "stakeholder_email";
    public const string Language = "language";
    public const char ChoiceSeparator = ';';

    public static readonly IReadOnlyList<string> MetaColumns = [ResponseId, SubmittedAt, Account, StakeholderEmail, Language];

    /// <summary>The file's columns for this survey's questions, in question order.</summary>
    public static IReadOnlyList<string> QuestionColumns(IReadOnlyList<Question> questions) =>
        questions.SelectMany(q => q.Type == QuestionType.Matrix ? q.Rows!.Select(r => $"{q.Key}.{r.Key}") : [q.Key]).ToArray();

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
}
