using System.Text.RegularExpressions;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class SurveyDesignerBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string CxManagerEmail = "cx@demo.example";
    private const string ViewerEmail = "viewer@demo.example";

    [Fact]
    public async Task A_configurator_builds_a_blank_survey_with_an_nps_and_a_choice_question_in_english_and_dutch_with_skip_logic()
    {
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Surveys" }).ClickAsync();
        await page.WaitForURLAsync("**/surveys");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "New survey" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Onboarding pulse");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/surveys/[0-9a-f-]{36}$"));
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await AddQuestionAsync(page, "NPS (0-10)");
        var nps = page.Locator(".question-card").Nth(0);
        await nps.GetByLabel("Question (en)", new() { Exact = true }).FillAsync("How likely are you to recommend our onboarding?");
        await nps.GetByLabel("Question (nl)", new() { Exact = true }).FillAsync("Hoe waarschijnlijk beveelt u onze onboarding aan?");
        await AddQuestionAsync(page, "Single choice");
        var choice = page.Locator(".question-card").Nth(1);
        await choice.GetByLabel("Question (en)", new() { Exact = true }).FillAsync("What held you back?");
        await choice.GetByLabel("Question (nl)", new() { Exact = true }).FillAsync("Wat hield u tegen?");
        await choice.GetByLabel("Option 1 (en)", new() { Exact = true }).FillAsync("Training");
        await choice.GetByLabel("Option 1 (nl)", new() { Exact = true }).FillAsync("Opleiding");
        await choice.GetByLabel("Option 2 (en)", new() { Exact = true }).FillAsync("Documentation");
        await choice.GetByLabel("Option 2 (nl)", new() { Exact = true }).FillAsync("Documentatie");
        await ChooseAsync(page, choice, "Show only when", "q1: How likely are you to recommend our onboarding?");
        await ChooseAsync(page, choice, "Is", "at most");
        await choice.GetByLabel("Value", new() { Exact = true }).FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Survey saved.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var cards = page.Locator(".question-card");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("How likely are you to recommend our onboarding?");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("NPS (0-10)");
        await Assertions.Expect(cards.Nth(1)).ToContainTextAsync("shown when q1 at most 6");
        await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Edit question 2" }).ClickAsync();
        await Assertions.Expect(cards.Nth(1).GetByLabel("Question (nl)", new() { Exact = true })).ToHaveValueAsync("Wat hield u tegen?");
        await Assertions.Expect(cards.Nth(1).GetByLabel("Option 2 (nl)", new() { Exact = true })).ToHaveValueAsync("Documentatie");
        await Assertions.Expect(page.Locator(".language-row[data-language=nl]")).ToContainTextAsync("all texts worded");
    }

    [Fact]
    public async Task A_question_without_its_dutch_wording_is_refused_with_the_message_at_the_dutch_field()
    {
        var id = await CreateSurveyAsync("Wording check", Open("q1", "Anything else?", "Nog iets?"));
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);
        await page.GotoAsync($"/surveys/{id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await AddQuestionAsync(page, "Open text");
        var card = page.Locator(".question-card").Nth(1);
        await card.GetByLabel("Question (en)", new() { Exact = true }).FillAsync("What should we improve first?");
        await Assertions.Expect(page.Locator(".language-row[data-language=nl]")).ToContainTextAsync("1 text missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var dutch = card.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("Question (nl)", new() { Exact = true }) });
        await Assertions.Expect(dutch).ToContainTextAsync("Missing wording in 'nl'.");
        await Assertions.Expect(card.Locator(".question-error")).ToContainTextAsync("The text needs wording in 'nl'.");
        await Assertions.Expect(card.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("Question (en)", new() { Exact = true }) }))
            .Not.ToContainTextAsync("Missing");

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".question-card")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_viewer_sees_the_designer_read_only()
    {
        var id = await CreateSurveyAsync("Viewer check", Open("q1", "Anything else?", "Nog iets?"));
        var page = await app.SignedInPageAsync(ViewerEmail, DemoWorkspace.Password);
        await page.GotoAsync($"/surveys/{id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Viewer check" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add question" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete question 1" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show question 1" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Question (nl)", new() { Exact = true })).ToHaveAttributeAsync("readonly", "");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveAttributeAsync("readonly", "");
    }

    [Fact]
    public async Task Moving_a_question_up_and_saving_keeps_the_new_order()
    {
        var id = await CreateSurveyAsync("Order check", Open("first", "First question", "Eerste vraag"), Open("second", "Second question", "Tweede vraag"));
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);
        await page.GotoAsync($"/surveys/{id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var move = page.GetByRole(AriaRole.Button, new() { Name = "Move question 2 up" });
        await move.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".question-card").Nth(0)).ToHaveAttributeAsync("data-key", "second");
        await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Survey saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Unsaved changes")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".question-card").Nth(0)).ToHaveAttributeAsync("data-key", "second");
        await Assertions.Expect(page.Locator(".question-card").Nth(1)).ToHaveAttributeAsync("data-key", "first");
    }

    [Fact]
    public async Task A_survey_from_a_built_in_instrument_is_read_only_until_copied_to_edit_and_read_only_again_once_open()
    {
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);
        await page.GotoAsync("/surveys");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "New survey" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Effort after support tickets");
        await ChooseAsync(page, dialog, "Start from", "Customer effort (built in, 1 question)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/surveys/[0-9a-f-]{36}$"));
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByText("its questions are read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add question" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy to edit" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Survey saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add question" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".question-card").Nth(0)).ToContainTextAsync("We made it easy for you to get what you needed.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Open survey" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status=open]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add question" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close survey" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_question_from_the_bank_joins_the_survey_under_a_free_key()
    {
        var id = await CreateSurveyAsync("Bank check", Open("q1", "Anything else?", "Nog iets?"));
        var tag = $"bank-{Guid.NewGuid():N}"[..16];
        await app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<QuestionBankService>()
            .CreateAsync(new QuestionBankDetails(Open("q1", "Which document did you miss?", "Welk document miste u?"), [tag])));
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);
        await page.GotoAsync($"/surveys/{id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add from question bank" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator(".bank-item").Filter(new() { HasTextString = "Which document did you miss?" }).Locator("input[type=checkbox]").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Survey saved.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".question-card").Nth(1)).ToHaveAttributeAsync("data-key", "q1_2");
        await Assertions.Expect(page.Locator(".question-card").Nth(1)).ToContainTextAsync("Which document did you miss?");
    }

    private static Question Open(string key, string english, string dutch) => new(key, QuestionType.OpenText, LocalizedText.Of(english, dutch));

    private Task<Guid> CreateSurveyAsync(string name, params Question[] questions) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<SurveyService>()
            .CreateAsync(new SurveyDetails($"{name}", Questions: questions, Languages: ["en", "nl"])));

    private static async Task AddQuestionAsync(IPage page, string type)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-menu-item, .mud-popover-open .mud-list-item").Filter(new() { HasTextString = type }).First.ClickAsync();
    }

    /// <summary>Opens a MudBlazor select found by its label inside <paramref name="scope"/> and picks an option.</summary>
    private static async Task ChooseAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") }) }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
