using Dyad.Core.Accounts;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

/// <summary>A customer answering through their link in Chromium, signed in to nothing.</summary>
public sealed class RespondentBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var page = await app.NewPageAsync(width, height, "en-GB");
        await page.GotoAsync(path);
        await BrowserApp.WaitUntilInteractiveAsync(page);
        return page;
    }

    private static ILocator Point(IPage page, string question, int value) =>
        page.Locator($"#q-{question} label[for='s-{question}-{value}']");

    private async Task WaitForDraftAsync(Guid invitationId, Func<IReadOnlyDictionary<string, Core.Surveys.Answer>, bool> done)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (done((await RespondentFixture.InvitationAsync(app, invitationId)).Draft))
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail("The draft was never saved.");
    }

    [Fact]
    public async Task A_respondent_answers_leaves_comes_back_to_the_draft_and_a_double_click_sends_one_response()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        var page = await OpenAsync($"/s/{invited.Token}");
        await Assertions.Expect(page.GetByText("0 of 2 required questions answered")).ToBeVisibleAsync();

        await Point(page, "score", 9).ClickAsync();
        await Point(page, "ease", 4).ClickAsync();
        await page.GetByLabel("Anything else you want to tell us?").FillAsync("The helpdesk answers within the hour.");
        await Assertions.Expect(page.GetByText("2 of 2 required questions answered")).ToBeVisibleAsync();
        await WaitForDraftAsync(invited.InvitationId, d => d.ContainsKey("comment") && d.ContainsKey("score"));
        await page.Context.CloseAsync();

        var again = await OpenAsync($"/s/{invited.Token}");
        await Assertions.Expect(again.Locator("#s-score-9")).ToBeCheckedAsync();
        await Assertions.Expect(again.GetByLabel("Anything else you want to tell us?")).ToHaveValueAsync("The helpdesk answers within the hour.");
        await again.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).DblClickAsync();

        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your answers." })).ToBeVisibleAsync();
        var response = Assert.Single(await RespondentFixture.ResponsesAsync(app, invited.SurveyId));
        Assert.Equal((9, "The helpdesk answers within the hour."), (response.Answers["score"].Number!.Value, response.Answers["comment"].Text));

        await again.ReloadAsync();
        await Assertions.Expect(again.GetByText("You have already answered — thank you.")).ToBeVisibleAsync();
        Assert.Single(await RespondentFixture.ResponsesAsync(app, invited.SurveyId));
    }

    [Fact]
    public async Task The_link_with_lang_nl_shows_the_dutch_survey_and_the_switcher_goes_back_to_english()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        var page = await OpenAsync($"/s/{invited.Token}?lang=nl");

        await Assertions.Expect(page.GetByText("Hoe waarschijnlijk is het dat u ons aanbeveelt?")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verstuur mijn antwoorden" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("0 = Zeer onwaarschijnlijk")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByText("How likely are you to recommend us?")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task A_follow_up_question_appears_only_once_its_condition_holds_and_missing_answers_are_named_at_their_questions()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app), BuyingCentreRole.DecisionMaker, dmu: true);
        var page = await OpenAsync($"/s/{invited.Token}");
        var followUp = page.GetByLabel("What should we do better?");

        // A decision-maker is asked about value for money, not about ease of use.
        await Assertions.Expect(page.GetByText("How good is the value for money?")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("How easy is the system to use?")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("#e-score")).ToContainTextAsync("'score' is required.");
        await Assertions.Expect(page.Locator("#q-score")).ToHaveAttributeAsync("aria-describedby", "e-score");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        await Point(page, "score", 9).ClickAsync();
        await Assertions.Expect(followUp).ToHaveCountAsync(0);
        await Point(page, "score", 5).ClickAsync();
        await Assertions.Expect(followUp).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#e-score")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_390_pixel_phone_the_survey_fits_without_sideways_scrolling()
    {
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        var page = await OpenAsync($"/s/{invited.Token}", width: 390, height: 844);

        await Assertions.Expect(page.GetByText("How likely are you to recommend us?")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var box = (await Point(page, "score", 10).BoundingBoxAsync())!;
        Assert.True(box.X + box.Width <= 390, $"The NPS scale ends at {box.X + box.Width}px.");
        Assert.True(box.Height >= 24, "Each point is tall enough to tap.");
    }

    [Fact]
    public async Task The_preview_shows_a_users_questions_in_dutch_and_stores_nothing()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app);
        var page = await app.SignedInPageAsync(Data.Demo.DemoWorkspace.AdminEmail, Data.Demo.DemoWorkspace.Password);
        await page.GotoAsync($"/surveys/{surveyId}/preview?lang=nl&audience=user");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByText("Preview — answers are not saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Hoe gemakkelijk is het systeem te gebruiken?")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Hoe goed is de prijs-kwaliteitverhouding?")).ToHaveCountAsync(0);
        await Point(page, "score", 8).ClickAsync();
        await Point(page, "ease", 5).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur mijn antwoorden" }).ClickAsync();

        await Assertions.Expect(page.GetByText("nothing was stored")).ToBeVisibleAsync();
        Assert.Empty(await RespondentFixture.ResponsesAsync(app, surveyId));
    }

    [Fact]
    public async Task An_anonymous_public_link_keeps_the_draft_in_the_browser_and_answers_once()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app, allowAnonymous: true);
        var key = await app.InWorkspaceAsync("demo", async s => (await s.GetRequiredService<Data.Surveys.SurveyService>().GetAsync(surveyId))!.PublicKey!);
        var page = await OpenAsync($"/s/open/{key}");

        await Assertions.Expect(page.GetByText("How easy is the system to use?")).ToHaveCountAsync(0);
        await Point(page, "score", 10).ClickAsync();
        // The draft reaches the browser's storage through a circuit round trip; a reload before it lands would lose it.
        await page.WaitForFunctionAsync("key => localStorage.getItem(`dyad-survey:${key}:draft`)?.includes('score')", key);
        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#s-score-10")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).DblClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your answers." })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByText("You have already answered — thank you.")).ToBeVisibleAsync();
        var response = Assert.Single(await RespondentFixture.ResponsesAsync(app, surveyId));
        Assert.Equal((10, (Guid?)null), (response.Answers["score"].Number!.Value, response.StakeholderId));
    }
}
