using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class HandbookBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_configurer_generates_the_demo_handbook_edits_a_section_and_the_downloaded_markdown_carries_the_edit()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Employee handbook", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/handbook");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.GetByTestId("regenerate").ClickAsync();
        var section = page.GetByTestId("section-customer-interface.responsiveness");
        await Assertions.Expect(section).ToContainTextAsync("Why it matters.");
        await Assertions.Expect(page.GetByTestId("handbook-version")).ToContainTextAsync("Version 1");

        await section.GetByTestId("edit-section").ClickAsync();
        await section.Locator("textarea").FillAsync("Call the customer back **within 24 hours**, even without the full answer.");
        await section.GetByTestId("save-section").ClickAsync();

        await Assertions.Expect(section.Locator(".handbook-markdown strong").First).ToHaveTextAsync("within 24 hours");
        await Assertions.Expect(section).ToContainTextAsync("Edited by");
        await Assertions.Expect(page.GetByTestId("handbook-version")).ToContainTextAsync("Version 2");
        await Assertions.Expect(page.GetByTestId("versions")).ToContainTextAsync("Edited \u201cResponsiveness\u201d");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-md").ClickAsync());
        Assert.Equal("handbook-v2.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("## 2 Customer interface", markdown);
        Assert.Contains("Call the customer back **within 24 hours**, even without the full answer.", markdown);
    }
}
