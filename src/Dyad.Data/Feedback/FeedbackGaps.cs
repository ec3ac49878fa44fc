using Dyad.Core.Common;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

/// <summary>
/// The market information gap of one codebook: <see cref="CustomerAnswers"/> open answers of the surveys against
/// <see cref="EmployeeNotes"/> notes, coded with this codebook alone.
/// </summary>
public sealed record CodebookGapView(
    Guid CodebookId, string CodebookName, int CustomerAnswers, int EmployeeNotes, MarketInformationGapResult Gap);

/// <summary>A siloed experience with its account's name; <see cref="Spread"/> is a share of the measure's scale.</summary>
public sealed record SiloedExperienceView(
    Guid AccountId, string AccountName, string Level, string Measure, double Spread, IReadOnlyList<GroupScore> Groups);

/// <summary>The siloed experiences found with <see cref="Threshold"/>, a share of the scale.</summary>
public sealed record SiloedExperiencesView(double Threshold, IReadOnlyList<SiloedExperienceView> Experiences);

/// <summary>The gaps read from stored feedback: what customers say against what employees believe, and accounts whose people diverge.</summary>
public sealed class FeedbackGaps(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers)
{
    /// <summary>
    /// Each codebook's market information gap (004), oldest codebook first. Coding is the codebook's own, without
    /// manual corrections: those belong to an item's combined codes, not to one codebook.
    /// </summary>
    public async Task<IReadOnlyList<CodebookGapView>> MarketInformationGapAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, answers) = await new FeedbackItems(db, analysers).ReadAsync(db.SurveyResponses, cancellationToken);
        var customers = answers.Select(a => a.Text).ToArray();
        var employees = await db.EmployeeNotes.AsNoTracking().Select(n => n.Text).ToListAsync(cancellationToken);
        return (await CodebookService.LoadAsync(db, cancellationToken))
            .Select(c => new CodebookGapView(c.Id, c.Name, customers.Length, employees.Count,
                MarketInformationGap.Compare(c.ToCodebook(), customers, employees)))
            .ToList();
    }

    /// <summary>
    /// Accounts whose stakeholders, units (a stakeholder's function) or buying-centre roles diverge on a rating or NPS
    /// question, or on the sentiment of their open answers, by at least <paramref name="threshold"/> of the scale.
    /// Only responses from a known stakeholder of an account count.
    /// </summary>
    public async Task<SiloedExperiencesView> SiloedExperiencesAsync(double? threshold, CancellationToken cancellationToken = default)
    {
        var limit = threshold ?? SiloedExperiences.DefaultThreshold;
        if (limit is <= 0 or > 1 || double.IsNaN(limit))
        {
            throw DomainValidationException.For("threshold", "The threshold is a share of the scale: more than 0 and at most 1 (0.3 is 3 NPS points).");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var responses = db.SurveyResponses.Where(r => r.AccountId != null && r.StakeholderId != null);
        var stored = await responses.AsNoTracking().ToListAsync(cancellationToken);
        var surveyIds = stored.Select(r => r.SurveyId).Distinct().ToArray();
        var surveys = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var people = await db.Stakeholders.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        var observations = new List<ExperienceObservation>();
        void Observe(Guid accountId, Guid stakeholderId, string measure, double value, double lowest, double highest)
        {
            if (!people.TryGetValue(stakeholderId, out var person))
            {
                return;
            }
            observations.Add(new(accountId, SiloLevel.Stakeholder, person.Name, measure, value, lowest, highest));
            observations.Add(new(accountId, SiloLevel.Role, person.BuyingCentreRole.ToText(), measure, value, lowest, highest));
            if (person.Function is { } unit)
            {
                observations.Add(new(accountId, SiloLevel.Unit, unit, measure, value, lowest, highest));
            }
        }
        foreach (var response in stored)
        {
            foreach (var question in surveys[response.SurveyId].Questions.Where(q => q.IsNumeric))
            {
                if (response.Answers.GetValueOrDefault(question.Key)?.Number is { } number)
                {
                    Observe(response.AccountId!.Value, response.StakeholderId!.Value, $"{surveys[response.SurveyId].Name}: {question.Key}",
                        number, question.Lowest, question.Highest);
                }
            }
        }
        var (_, answers) = await new FeedbackItems(db, analysers).ReadAsync(responses, cancellationToken);
        foreach (var answer in answers.Where(a => a.Compound is not null))
        {
            Observe(answer.AccountId!.Value, answer.StakeholderId!.Value, SentimentMeasure, answer.Compound!.Value, -1, 1);
        }
        return new SiloedExperiencesView(limit, SiloedExperiences.Detect(observations, limit)
            .Select(s => new SiloedExperienceView(s.AccountId, accounts.GetValueOrDefault(s.AccountId) ?? "", s.Level.ToText(), s.Measure, s.Spread, s.Groups))
            .ToList());
    }

    /// <summary>The measure name of VADER's compound score of open answers.</summary>
    public const string SentimentMeasure = "sentiment of open answers";
}
