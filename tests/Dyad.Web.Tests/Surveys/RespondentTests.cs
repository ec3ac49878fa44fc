using System.Globalization;
using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Respondents;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Surveys;

/// <summary>Answering through personal and public links, on each database; every test makes its own survey.</summary>
public abstract class RespondentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private async Task<T> RespondentAsync<T>(Func<RespondentService, Task<T>> work)
    {
        // A scope with no workspace entered, like an anonymous visitor's request.
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RespondentService>());
    }

    private static Dictionary<string, Answer> UserAnswers(int score = 9) =>
        new() { ["score"] = new(Number: score), ["ease"] = new(Number: 4), ["comment"] = new(Text: "Quick answers from the helpdesk.") };

    private async Task<string> PageAsync(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Opening_a_link_marks_it_opened_and_the_draft_saved_before_comes_back_on_the_next_open()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app), language: "nl");

        var first = (await RespondentAsync(r => r.OpenInvitationAsync(invited.Token)))!;
        Assert.Null(first.Unusable);
        Assert.Empty(first.Survey.Draft);
        Assert.True(await RespondentAsync(r => r.SaveDraftAsync(invited.Token, new Dictionary<string, Answer>
            { ["score"] = new(Number: 3), ["why_low"] = new(Text: "Late drawings") })));
        var again = (await RespondentAsync(r => r.OpenInvitationAsync(invited.Token)))!;

        Assert.Equal((3, "Late drawings"), (again.Survey.Draft["score"].Number, again.Survey.Draft["why_low"].Text));
        Assert.Equal(("nl", BuyingCentreRole.User, false), (again.Survey.InvitedLanguage, again.Survey.Respondent!.Role, again.Survey.Respondent.IsDecisionMakingUnitMember));
        var invitation = await RespondentFixture.InvitationAsync(app, invited.InvitationId);
        Assert.NotNull(invitation.OpenedAt);
        Assert.NotNull(invitation.StartedAt);
        Assert.Null(invitation.AnsweredAt);
    }

    [Fact]
    public async Task Submitting_stores_one_response_with_the_invitations_account_person_and_journey_and_a_repeat_returns_it()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));

        var first = (await RespondentAsync(r => r.SubmitInvitationAsync(invited.Token, UserAnswers(), "nl")))!;
        var repeat = (await RespondentAsync(r => r.SubmitInvitationAsync(invited.Token, UserAnswers(score: 2), "en")))!;

        Assert.True(first.Created);
        Assert.Equal((false, InvitationUnusable.AlreadyAnswered, first.ResponseId), (repeat.Created, repeat.Unusable!.Value, repeat.ResponseId));
        var response = Assert.Single(await RespondentFixture.ResponsesAsync(app, invited.SurveyId));
        Assert.Equal((first.ResponseId!.Value, invited.InvitationId, invited.AccountId, invited.StakeholderId),
            (response.Id, response.InvitationId!.Value, response.AccountId!.Value, response.StakeholderId!.Value));
        Assert.Equal((invited.JourneyId, 2), (response.Context.JourneyId!.Value, response.Context.Phase!.Value));
        Assert.Equal((9, "nl"), (response.Answers["score"].Number!.Value, response.Language));
        var invitation = await RespondentFixture.InvitationAsync(app, invited.InvitationId);
        Assert.Equal((response.Id, response.SubmittedAt), (invitation.ResponseId!.Value, invitation.AnsweredAt!.Value));
        Assert.Empty(invitation.Draft);
    }

    [Fact]
    public async Task Submissions_racing_from_several_tabs_store_exactly_one_response()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RespondentAsync(r => r.SubmitInvitationAsync(invited.Token, UserAnswers(), null))));

        var stored = Assert.Single(await RespondentFixture.ResponsesAsync(app, invited.SurveyId));
        Assert.Single(results, r => r!.Created);
        Assert.All(results, r => Assert.Equal(stored.Id, r!.ResponseId));
    }

    [Fact]
    public async Task Answers_are_checked_for_the_respondents_role_a_users_question_is_not_a_decision_makers()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app);
        var decisionMaker = await RespondentFixture.InviteAsync(app, surveyId, BuyingCentreRole.DecisionMaker, dmu: true);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            RespondentAsync(r => r.SubmitInvitationAsync(decisionMaker.Token, UserAnswers(), null)));
        Assert.Equal(["answers.ease", "answers.value"], refused.Errors.Keys.Order());
        Assert.Empty(await RespondentFixture.ResponsesAsync(app, surveyId));

        var stored = await RespondentAsync(r => r.SubmitInvitationAsync(decisionMaker.Token,
            new Dictionary<string, Answer> { ["score"] = new(Number: 10), ["value"] = new(Number: 5) }, null));
        Assert.True(stored!.Created);
    }

    [Fact]
    public async Task A_used_link_says_it_was_answered_with_the_date_and_takes_no_draft()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        await RespondentAsync(r => r.SubmitInvitationAsync(invited.Token, UserAnswers(), null));
        var answeredAt = (await RespondentFixture.InvitationAsync(app, invited.InvitationId)).AnsweredAt!.Value;

        var page = await PageAsync($"/s/{invited.Token}");

        Assert.Contains($"You have already answered — thank you. Your answers arrived on {answeredAt.UtcDateTime.ToString("D", CultureInfo.GetCultureInfo("en"))}.", page);
        Assert.DoesNotContain("How likely are you to recommend us?", page);
        Assert.False(await RespondentAsync(r => r.SaveDraftAsync(invited.Token, UserAnswers())));
    }

    [Fact]
    public async Task An_expired_link_and_a_link_to_a_closed_survey_say_so_and_store_nothing()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app);
        var expired = await RespondentFixture.InviteAsync(app, surveyId, expiresIn: TimeSpan.FromDays(1), issuedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var closedSurveyId = await RespondentFixture.OpenSurveyAsync(app);
        var closed = await RespondentFixture.InviteAsync(app, closedSurveyId);
        await RespondentFixture.CloseAsync(app, closedSurveyId);

        Assert.Contains("This link has expired.", await PageAsync($"/s/{expired.Token}"));
        Assert.Contains("This survey is not taking answers at the moment.", await PageAsync($"/s/{closed.Token}?lang=en"));
        Assert.Contains("Deze enquête neemt op dit moment geen antwoorden aan.", await PageAsync($"/s/{closed.Token}?lang=nl"));
        var expiredSubmit = await RespondentAsync(r => r.SubmitInvitationAsync(expired.Token, UserAnswers(), null));
        var closedSubmit = await RespondentAsync(r => r.SubmitInvitationAsync(closed.Token, UserAnswers(), null));

        Assert.Equal((InvitationUnusable.Expired, false), (expiredSubmit!.Unusable!.Value, expiredSubmit.Created));
        Assert.Equal(InvitationUnusable.SurveyNotOpen, closedSubmit!.Unusable);
        Assert.Empty(await RespondentFixture.ResponsesAsync(app, surveyId));
        Assert.Empty(await RespondentFixture.ResponsesAsync(app, closedSurveyId));
        Assert.Null((await RespondentFixture.InvitationAsync(app, expired.InvitationId)).OpenedAt);
    }

    [Fact]
    public async Task An_unknown_token_shows_the_same_page_as_any_other_unknown_token_and_needs_no_sign_in()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));

        var unknown = await PageAsync("/s/no-such-token");
        var nearMiss = await PageAsync($"/s/{invited.Token[..^1]}{(invited.Token[^1] == 'x' ? 'y' : 'x')}");
        var real = await PageAsync($"/s/{invited.Token}");

        Assert.Contains("This link does not open a survey.", unknown);
        Assert.Contains("This link does not open a survey.", nearMiss);
        Assert.Null(await RespondentAsync(r => r.OpenInvitationAsync("no-such-token")));
        Assert.Contains("How likely are you to recommend us?", real);
        Assert.DoesNotContain("Sign in", real);
    }

    [Fact]
    public async Task A_public_link_takes_anonymous_answers_once_per_browser_key_and_only_while_anonymous_answers_are_allowed()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app, allowAnonymous: true);
        var key = (await app.InWorkspaceAsync("demo", s => s.GetRequiredService<SurveyService>().GetAsync(surveyId)))!.PublicKey!;
        var anonymous = new Dictionary<string, Answer> { ["score"] = new(Number: 8) };

        var opened = (await RespondentAsync(r => r.OpenPublicAsync(key)))!;
        var first = (await RespondentAsync(r => r.SubmitPublicAsync(key, anonymous, "nl", "browser-1")))!;
        var retry = (await RespondentAsync(r => r.SubmitPublicAsync(key, anonymous, "nl", "browser-1")))!;
        var other = (await RespondentAsync(r => r.SubmitPublicAsync(key, anonymous, "en", "browser-2")))!;

        Assert.Null(opened.Survey.Respondent);
        Assert.Equal((true, false, true), (first.Created, retry.Created, other.Created));
        Assert.Equal(first.Response.Id, retry.Response.Id);
        Assert.All(await RespondentFixture.ResponsesAsync(app, surveyId), r => Assert.Null(r.StakeholderId));
        Assert.Equal(2, (await RespondentFixture.ResponsesAsync(app, surveyId)).Count);
        Assert.Contains("How likely are you to recommend us?", await PageAsync($"/s/open/{key}"));
        Assert.Null(await RespondentAsync(r => r.OpenPublicAsync("no-such-key")));
        var personalOnly = await RespondentFixture.OpenSurveyAsync(app);
        Assert.Null((await app.InWorkspaceAsync("demo", s => s.GetRequiredService<SurveyService>().GetAsync(personalOnly)))!.PublicKey);
    }
}

public sealed class RespondentTestsOnSqlite(SqliteApp app) : RespondentTests<SqliteApp>(app);

public sealed class RespondentTestsOnPostgres(PostgresApp app) : RespondentTests<PostgresApp>(app);
