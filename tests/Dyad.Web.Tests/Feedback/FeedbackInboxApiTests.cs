using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Feedback;
using Dyad.Data.Notifications;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Feedback;

/// <summary>
/// The feedback inbox, codebooks and routing through the API. Each test works in a workspace of its own, so no test
/// sees another's answers, codebooks or notifications.
/// </summary>
public abstract class FeedbackInboxApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string Slow = "The replies were slow and nobody answered our questions about the drawings. Terrible.";
    private const string Praise = "Great people, a quick reply every time and the documents were excellent.";
    private const string Plain = "We had the kick-off meeting in March.";

    private static readonly OwnedKeyword[] Keywords =
    [
        new("responsiveness", null, ["quick reply", "slow", "repl*"]),
        new("documentation", null, ["document*", "drawing*"]),
        new("meetings", null, ["kick-off", "meeting*"]),
    ];

    private sealed record Workspace(string Slug, HttpClient Manager, HttpClient Contributor, Guid SurveyId);

    private async Task<Workspace> WorkspaceAsync()
    {
        var slug = $"feedback-{Guid.NewGuid():N}"[..24];
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor, slug);
        var name = "Open questions";
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, BuiltInInstruments.OpenQuestionsKey, AllowAnonymous: true)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
            new SurveyDetails(name, BuiltInInstruments.OpenQuestionsKey, AllowAnonymous: true, Status: SurveyStatus.Open))).ReadAsync<SurveyView>();
        return new Workspace(slug, manager, contributor, draft.Id);
    }

    private static async Task<CodebookView> CodebookAsync(HttpClient manager, IReadOnlyList<OwnedKeyword> keywords) =>
        await (await manager.PostJsonAsync("/api/v1/codebooks", new CodebookDraft("Service", keywords))).ReadAsync<CodebookView>(HttpStatusCode.Created);

    private static async Task<SurveyResponseView> AnswerAsync(Workspace workspace, string text, Guid? accountId = null, string? key = null,
        HttpStatusCode expected = HttpStatusCode.Created)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{workspace.SurveyId}/responses")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new SubmitResponseRequest(
                new Dictionary<string, Answer> { [OpenQuestions004.ServiceIssuesKey] = new(Text: text) }, accountId), options: Json.Options),
        };
        if (key is not null)
        {
            request.Headers.Add(SurveysApi.IdempotencyKeyHeader, key);
        }
        return await (await workspace.Contributor.SendAsync(request)).ReadAsync<SurveyResponseView>(expected);
    }

    private static async Task<FeedbackInboxView> InboxAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/v1/feedback{query}")).ReadAsync<FeedbackInboxView>();

    private static FeedbackItemView Item(FeedbackInboxView inbox, string text) => Assert.Single(inbox.Items, i => i.Text == text);

    [Fact]
    public async Task The_inbox_lists_every_open_answer_coded_scored_and_filtered_by_keyword_sentiment_account_card_and_search()
    {
        var workspace = await WorkspaceAsync();
        await CodebookAsync(workspace.Manager, Keywords);
        var account = await (await workspace.Manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails("Harbour Cranes", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        await AnswerAsync(workspace, Slow, account.Id);
        await AnswerAsync(workspace, Praise);
        await AnswerAsync(workspace, Plain);

        var all = await InboxAsync(workspace.Contributor);
        Assert.Equal(3, all.Total);
        var slow = Item(all, Slow);
        Assert.Equal(["responsiveness", "documentation"], slow.Keywords);
        Assert.Equal((SentimentLabels.Negative, FeedbackCard.Red), (slow.Sentiment, slow.Card));
        Assert.True(slow.Compound < -0.05);
        Assert.Equal(("Harbour Cranes", "customer service"), (slow.AccountName, slow.Topic));
        Assert.Equal((SentimentLabels.Positive, FeedbackCard.Green), (Item(all, Praise).Sentiment, Item(all, Praise).Card));
        Assert.Equal(["meetings"], Item(all, Plain).Keywords);

        Assert.Equal([Praise, Slow], (await InboxAsync(workspace.Contributor, "?keyword=Documentation")).Items.Select(i => i.Text).Order());
        Assert.Equal([Slow], (await InboxAsync(workspace.Contributor, "?sentiment=negative")).Items.Select(i => i.Text));
        Assert.Equal([Slow], (await InboxAsync(workspace.Contributor, $"?accountId={account.Id}")).Items.Select(i => i.Text));
        Assert.Equal([Praise], (await InboxAsync(workspace.Contributor, "?card=green")).Items.Select(i => i.Text));
        Assert.Equal([Plain], (await InboxAsync(workspace.Contributor, "?q=KICK-OFF%20MEETING")).Items.Select(i => i.Text));
        Assert.Empty((await InboxAsync(workspace.Contributor, "?keyword=documentation&card=green&q=drawings")).Items);

        var documentation = Assert.Single(all.ContentAnalysis, f => f.Keyword == "documentation");
        Assert.Equal((2, 2.0 / 3), (documentation.Frequency, documentation.Share));
        var responsiveness = Assert.Single(all.Importance, t => t.Topic == "responsiveness");
        Assert.Equal((2, 1, 1), (responsiveness.Frequency, responsiveness.RedCards, responsiveness.RedCardRank));
        Assert.Contains("sentiment", (await (await workspace.Contributor.GetAsync("/api/v1/feedback?sentiment=angry")).ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Manual_codes_win_over_the_codebook_and_survive_a_change_of_it()
    {
        var workspace = await WorkspaceAsync();
        var codebook = await CodebookAsync(workspace.Manager, Keywords);
        await AnswerAsync(workspace, Slow);
        var slow = Item(await InboxAsync(workspace.Contributor), Slow);

        var viewer = await app.ApiClientAsync(DyadRole.Viewer, workspace.Slug);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PutJsonAsync($"/api/v1/feedback/{slow.Id}/codes", new FeedbackCodes(["price"]))).StatusCode);
        var corrected = await (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/{slow.Id}/codes",
            new FeedbackCodes(["responsiveness", "price"]))).ReadAsync<FeedbackItemView>();
        Assert.Equal(["responsiveness", "price"], corrected.Keywords);

        // Responsiveness no longer matches "slow"; documentation gains a synonym the answer does not use; meetings
        // matches nothing here. The hand-confirmed and hand-added codes stay, the hand-removed one stays away.
        await (await workspace.Manager.PutJsonAsync($"/api/v1/codebooks/{codebook.Id}", new CodebookDraft("Service",
        [
            new("responsiveness", null, ["quick reply"]),
            new("documentation", null, ["document*", "drawing*", "manual*"]),
            new("answers", null, ["answer*"]),
        ]))).ReadAsync<CodebookView>();
        var recoded = Item(await InboxAsync(workspace.Contributor), Slow);

        Assert.Equal(["documentation", "answers"], recoded.AutomaticKeywords);
        Assert.Equal(["answers", "responsiveness", "price"], recoded.Keywords);
        Assert.Equal([Slow], (await InboxAsync(workspace.Contributor, "?keyword=price")).Items.Select(i => i.Text));
        Assert.Empty((await InboxAsync(workspace.Contributor, "?keyword=documentation")).Items);
    }

    [Fact]
    public async Task A_codebooks_topic_thresholds_decide_which_keywords_the_content_analysis_reports()
    {
        var workspace = await WorkspaceAsync();
        var codebook = await CodebookAsync(workspace.Manager, Keywords);
        Assert.Equal([("customer experience", 3), ("customer service", 2)], codebook.Thresholds.Select(t => (t.Topic, t.Minimum)));
        await AnswerAsync(workspace, Slow);
        await AnswerAsync(workspace, Praise);
        await AnswerAsync(workspace, Plain);
        async Task<string[]> ReportedAsync() =>
            (await InboxAsync(workspace.Contributor)).ContentAnalysis.Select(f => $"{f.Keyword} {f.Frequency}").ToArray();
        async Task<CodebookView> SaveAsync(IReadOnlyList<TopicThreshold> thresholds, int? other = null) =>
            await (await workspace.Manager.PutJsonAsync($"/api/v1/codebooks/{codebook.Id}", new CodebookDraft("Service", Keywords, thresholds, other)))
                .ReadAsync<CodebookView>();

        // 004's threshold for customer service is 2: meetings, named once, is left out.
        Assert.Equal(["responsiveness 2", "documentation 2"], await ReportedAsync());
        await SaveAsync([new("Customer service", 3)]);
        Assert.Empty(await ReportedAsync());
        var saved = await SaveAsync([], other: 1);
        Assert.Equal((0, 1), (saved.Thresholds.Count, saved.OtherTopicsThreshold));
        Assert.Equal(["responsiveness 2", "documentation 2", "meetings 1"], await ReportedAsync());

        var errors = await (await workspace.Manager.PutJsonAsync($"/api/v1/codebooks/{codebook.Id}",
            new CodebookDraft("Service", Keywords, [new("customer service", 0)]))).ValidationErrorsAsync();
        Assert.Contains("thresholds[0].minimum", errors.Keys);
        Assert.Equal(["responsiveness 2", "documentation 2", "meetings 1"], await ReportedAsync());
    }

    [Fact]
    public async Task A_card_given_by_hand_overrides_the_sentiment_until_it_is_taken_back()
    {
        var workspace = await WorkspaceAsync();
        await AnswerAsync(workspace, Slow);
        var slow = Item(await InboxAsync(workspace.Contributor), Slow);
        Assert.Equal((FeedbackCard.Red, false), (slow.Card, slow.CardByHand));

        var green = await (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/{slow.Id}/card", new FeedbackCardChoice(FeedbackCard.Green)))
            .ReadAsync<FeedbackItemView>();
        Assert.Equal((FeedbackCard.Green, true), (green.Card, green.CardByHand));
        Assert.Equal([Slow], (await InboxAsync(workspace.Contributor, "?card=green")).Items.Select(i => i.Text));
        Assert.Empty((await InboxAsync(workspace.Contributor, "?card=red")).Items);
        Assert.Equal(SentimentLabels.Negative, Item(await InboxAsync(workspace.Contributor), Slow).Sentiment);

        var back = await (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/{slow.Id}/card", new FeedbackCardChoice(null)))
            .ReadAsync<FeedbackItemView>();
        Assert.Equal((FeedbackCard.Red, false), (back.Card, back.CardByHand));
        Assert.Equal(HttpStatusCode.NotFound,
            (await workspace.Contributor.PutJsonAsync($"/api/v1/feedback/{Guid.NewGuid()}/card", new FeedbackCardChoice(null))).StatusCode);
    }

    [Fact]
    public async Task New_negative_feedback_on_an_owned_keyword_notifies_its_owner_once()
    {
        var workspace = await WorkspaceAsync();
        var owner = await app.CreateUserAsync(DyadRole.CxManager, workspace.Slug);
        var ownerClient = await app.ApiClientAsync(owner, workspace.Slug);
        var stranger = await app.CreateUserAsync(DyadRole.CxManager);
        var errors = await (await workspace.Manager.PostJsonAsync("/api/v1/codebooks",
            new CodebookDraft("Owned", [new("responsiveness", null, ["slow"], stranger.Id)]))).ValidationErrorsAsync();
        Assert.Contains("keywords[0].ownerId", errors.Keys);
        // Both keywords the answer names belong to the owner: still one notification for the one answer.
        await CodebookAsync(workspace.Manager,
            [Keywords[0] with { OwnerId = owner.Id }, Keywords[1] with { OwnerId = owner.Id }, Keywords[2]]);

        await AnswerAsync(workspace, Praise);
        Assert.Empty((await (await ownerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>()).Items);
        await AnswerAsync(workspace, Slow, key: "first-try");
        await AnswerAsync(workspace, Slow, key: "first-try", expected: HttpStatusCode.OK);

        var notifications = await (await ownerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        var notification = Assert.Single(notifications.Items);
        Assert.Equal(1, notifications.Unread);
        Assert.Contains("responsiveness, documentation", notification.Text);
        Assert.Equal("/feedback?keyword=responsiveness", notification.Link);
        Assert.Empty((await (await workspace.Manager.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>()).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await workspace.Manager.PutAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await ownerClient.PutAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode);
        Assert.Equal(0, (await (await ownerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>()).Unread);
    }
}

public sealed class FeedbackInboxApiTestsOnSqlite(SqliteApp app) : FeedbackInboxApiTests<SqliteApp>(app);

public sealed class FeedbackInboxApiTestsOnPostgres(PostgresApp app) : FeedbackInboxApiTests<PostgresApp>(app);
