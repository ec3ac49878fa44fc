using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Data.Feedback;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class FeedbackBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Filtering_the_demo_feedback_by_a_keyword_shows_the_004_answers_and_a_code_added_by_hand_stays_after_a_reload()
    {
        var expected = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<FeedbackInbox>().ListAsync(new FeedbackFilter(Keyword: "flexibility")));
        Assert.True(expected.Total >= 3, "004: flexibility is named in at least three answers on the customer experience");
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Feedback", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/feedback");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("feedback-keyword").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "flexibility", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("feedback-count")).ToHaveTextAsync($"{expected.Total} answers");
        var items = page.Locator(".feedback-item");
        await Assertions.Expect(items).ToHaveCountAsync(expected.Total);
        var first = expected.Items[0];
        var item = page.Locator($"[data-feedback='{first.Id}']");
        await Assertions.Expect(item.Locator(".feedback-text")).ToHaveTextAsync(first.Text);
        await Assertions.Expect(page.GetByTestId("content-analysis")).ToContainTextAsync("flexibility");

        await item.GetByLabel("Add keyword").FillAsync("lead time promises");
        await item.GetByLabel("Add keyword").PressAsync("Enter");
        await Assertions.Expect(item.Locator(".feedback-codes")).ToContainTextAsync("lead time promises");

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator($"[data-feedback='{first.Id}'] .feedback-codes")).ToContainTextAsync("lead time promises");
        await Assertions.Expect(page.Locator($"[data-feedback='{first.Id}'] .feedback-codes")).ToContainTextAsync("flexibility");
    }

    [Fact]
    public async Task A_keyword_added_in_the_codebook_editor_codes_the_demo_answers_that_name_it()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/feedback");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var codebook = page.Locator($"[data-codebook='{DemoWorkspace.Codebook004Name}']");
        var rows = codebook.Locator(".codebook-row");
        await Assertions.Expect(rows).ToHaveCountAsync(Codebook004.Codebook.Keywords.Count);
        await codebook.GetByRole(AriaRole.Button, new() { Name = "Keyword", Exact = true }).ClickAsync();
        // The new row is there when the cursor sits in its empty keyword field; until then the last row is an old one.
        var row = rows.Nth(Codebook004.Codebook.Keywords.Count);
        await Assertions.Expect(row.GetByLabel("Keyword", new() { Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(row.GetByLabel("Keyword", new() { Exact = true })).ToHaveValueAsync("");
        await row.GetByLabel("Keyword", new() { Exact = true }).FillAsync("engineers");
        await row.GetByLabel("Synonyms", new() { Exact = true }).FillAsync("engineer*");
        await codebook.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{DemoWorkspace.Codebook004Name} saved; feedback re-coded.")).ToBeVisibleAsync();

        var coded = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<FeedbackInbox>().ListAsync(new FeedbackFilter(Keyword: "engineers")));
        Assert.True(coded.Total > 0, "the demo answers mention their engineers");
        await page.GetByTestId("feedback-keyword").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "engineers", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("feedback-count")).ToHaveTextAsync($"{coded.Total} answers");
    }

    [Fact]
    public async Task A_note_written_on_the_feedback_page_joins_the_inbox_as_employee_voice_and_the_gap_shows_what_only_customers_name()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/feedback");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var gap = page.Locator($"[data-codebook-gap='{DemoWorkspace.Codebook004Name}']");
        await Assertions.Expect(gap.Locator("tr[data-keyword='flexibility']")).ToContainTextAsync("only customers: the gap");
        await Assertions.Expect(gap.Locator("tr[data-keyword='price']")).ToContainTextAsync("only customers: the gap");

        var notes = page.Locator(".employee-notes");
        await notes.GetByLabel("Note", new() { Exact = true }).FillAsync("Customers read every invoice line of a change order.");
        await notes.GetByLabel("Author", new() { Exact = true }).FillAsync("Mira Holm");
        await notes.GetByRole(AriaRole.Button, new() { Name = "Add note", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Note added.")).ToBeVisibleAsync();

        await Assertions.Expect(gap.Locator("tr[data-keyword='price']")).ToContainTextAsync("shared");
        await Assertions.Expect(gap.Locator("tr[data-keyword='flexibility']")).ToContainTextAsync("only customers: the gap");
        await page.GetByTestId("feedback-source").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "employee", Exact = true }).ClickAsync();
        // The demo's focus-group notes are employee notes too; the search finds the one written here.
        await page.GetByLabel("Search text").FillAsync("invoice line");
        await page.GetByLabel("Search text").PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("feedback-count")).ToHaveTextAsync("1 answers");
        var note = page.Locator(".feedback-item");
        await Assertions.Expect(note.Locator(".feedback-source")).ToHaveTextAsync("Employee note (focus_group) by Mira Holm ·");
        await Assertions.Expect(note.Locator(".feedback-codes")).ToContainTextAsync("price");
    }
}
