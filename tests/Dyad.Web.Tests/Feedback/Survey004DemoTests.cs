using Dyad.Core.Feedback;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Surveys;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Feedback;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Feedback;

/// <summary>
/// The demo workspace's 004 survey as seeded on first start: its answers, read through the API and coded with the
/// built-in 004 codebook, give DOMAIN.md's 004 keyword table (Table 3 of the source) exactly.
/// </summary>
public abstract class Survey004DemoTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly (string Topic, string Keyword, int Frequency)[] Table3 =
    [
        (Codebook004.CustomerExperience, "responsiveness", 8),
        (Codebook004.CustomerExperience, "documentation", 7),
        (Codebook004.CustomerExperience, "meetings", 5),
        (Codebook004.CustomerExperience, "product", 4),
        (Codebook004.CustomerExperience, "professional FAT", 3),
        (Codebook004.CustomerExperience, "accurate answers", 3),
        (Codebook004.CustomerExperience, "communication", 3),
        (Codebook004.CustomerExperience, "flexibility", 3),
        (Codebook004.CustomerService, "documentation", 5),
        (Codebook004.CustomerService, "professional FAT", 4),
        (Codebook004.CustomerService, "responsiveness", 4),
        (Codebook004.CustomerService, "communication", 4),
        (Codebook004.CustomerService, "delivery time", 2),
    ];

    private async Task<IReadOnlyList<CodedAnswer>> CodedDemoAnswersAsync()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var surveys = (await (await viewer.GetAsync("/api/v1/surveys?limit=200")).ReadAsync<CursorPage<SurveySummary>>()).Items;
        var survey = await (await viewer.GetAsync($"/api/v1/surveys/{surveys.Single(s => s.Name == DemoWorkspace.Survey004Name).Id}"))
            .ReadAsync<SurveyView>();
        var responses = await (await viewer.GetAsync($"/api/v1/surveys/{survey.Id}/responses?limit=200")).ReadItemsAsync<SurveyResponseView>();
        Assert.Equal(16, responses.Count);
        var answers = SurveyOpenAnswers.Of(survey.Questions, responses.Select(r => (r.Id, r.Answers)),
            key => Codebook004.TopicOfQuestion.GetValueOrDefault(key));
        return KeywordCoding.Code(Codebook004.Codebook, answers);
    }

    [Fact]
    public async Task Coding_the_demo_answers_with_the_004_codebook_reproduces_the_004_keyword_table()
    {
        var coded = await CodedDemoAnswersAsync();

        var table = ContentAnalysis.Frequencies(coded, Codebook004.Codebook, Codebook004.Thresholds)
            .Where(f => f.Topic is Codebook004.CustomerExperience or Codebook004.CustomerService)
            .ToArray();

        Assert.Equal(Table3.OrderBy(r => r.Topic).ThenByDescending(r => r.Frequency).ThenBy(r => r.Keyword),
            table.Select(f => (f.Topic!, f.Keyword, f.Frequency)).OrderBy(r => r.Item1).ThenByDescending(r => r.Frequency).ThenBy(r => r.Keyword));
        Assert.Equal(0.5, table.Single(f => f is { Topic: Codebook004.CustomerExperience, Keyword: "responsiveness" }).Share);
    }

    [Fact]
    public async Task The_feedback_pages_content_analysis_with_the_demo_codebooks_default_thresholds_is_the_004_keyword_table()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var codebook = Assert.Single(await (await viewer.GetAsync("/api/v1/codebooks")).ReadAsync<CodebookView[]>());
        Assert.Equal(WorkspaceCodebook.DefaultThresholds, codebook.Thresholds);

        var inbox = await (await viewer.GetAsync("/api/v1/feedback?source=survey")).ReadAsync<FeedbackInboxView>();

        Assert.Equal(Table3.OrderBy(r => r.Topic).ThenByDescending(r => r.Frequency).ThenBy(r => r.Keyword),
            inbox.ContentAnalysis.Where(f => f.Topic is Codebook004.CustomerExperience or Codebook004.CustomerService)
                .Select(f => (f.Topic!, f.Keyword, f.Frequency)).OrderBy(r => r.Item1).ThenByDescending(r => r.Frequency).ThenBy(r => r.Keyword));
    }

    [Fact]
    public async Task The_demo_employees_focus_group_notes_share_the_customers_documentation_and_miss_their_flexibility()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var gap = Assert.Single(await (await viewer.GetAsync("/api/v1/feedback/market-information-gap")).ReadAsync<CodebookGapView[]>()).Gap;

        Assert.Equal([("documentation", 19), ("accurate answers", 14), ("meetings", 13), ("professional FAT", 11), ("communication", 11)],
            gap.Overlaps.Take(5).Select(o => (o.Keyword, o.Overlap)));
        var largest = gap.LargestDifference!;
        Assert.Equal(("flexibility", 0), (largest.Keyword, largest.EmployeeMentions));
        Assert.True(largest.Difference > gap.Differences[1].Difference, "flexibility is the largest difference, alone");
    }

    [Fact]
    public async Task Crossing_the_three_questions_leaves_the_product_as_the_only_strength()
    {
        var coded = await CodedDemoAnswersAsync();
        IEnumerable<string> Named(string topic) => coded.Where(a => a.Topic == topic).SelectMany(a => a.Keywords);

        var important = ContentAnalysis.Frequencies(coded, Codebook004.Codebook, Codebook004.Thresholds)
            .Where(f => f.Topic == Codebook004.CustomerExperience).Select(f => f.Keyword);
        var result = StrengthsAndWeaknesses.Cross(important, Named(Codebook004.DoneWell), Named(Codebook004.CustomerService));

        Assert.Equal(["product"], result.Strengths);
        Assert.Equal(["responsiveness", "communication", "flexibility"], result.Ambivalent);
    }

    [Fact]
    public async Task The_demo_survey_went_to_291_contacts_of_which_16_answered_through_their_invitation()
    {
        var (invited, answered, responsesWithInvitation, accounts) = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var survey = await db.Surveys.SingleAsync(s => s.Name == DemoWorkspace.Survey004Name);
            var invitations = await db.SurveyInvitations.Where(i => i.SurveyId == survey.Id).ToListAsync();
            var responses = await db.SurveyResponses.Where(r => r.SurveyId == survey.Id).ToListAsync();
            return (invitations.Count(i => i.SentAt is not null),
                invitations.Count(i => i.AnsweredAt is not null && responses.Any(r => r.Id == i.ResponseId)),
                responses.Count(r => invitations.Any(i => i.Id == r.InvitationId)),
                invitations.Select(i => i.AccountId).Distinct().Count());
        });

        Assert.Equal(291, invited);
        Assert.Equal(16, answered);
        Assert.Equal(16, responsesWithInvitation);
        Assert.Equal(3, accounts);
        Assert.Equal(5.5, Math.Round(100.0 * answered / invited, 1));
    }
}

public sealed class Survey004DemoOnSqlite(SqliteApp app) : Survey004DemoTests<SqliteApp>(app);

public sealed class Survey004DemoOnPostgres(PostgresApp app) : Survey004DemoTests<PostgresApp>(app);
