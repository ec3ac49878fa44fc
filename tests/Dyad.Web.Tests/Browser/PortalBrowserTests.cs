using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class PortalBrowserTests(BrowserMailApp app) : IClassFixture<BrowserMailApp>
{
    [Fact]
    public async Task A_customer_follows_the_project_downloads_a_document_and_gets_the_experts_answer_and_one_email_per_update()
    {
        var accountId = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().Accounts.Where(a => a.Name == DemoWorkspace.ShowcaseAccount).Select(a => a.Id).SingleAsync());

        var customer = await app.NewPageAsync(width: 390, height: 844);
        await customer.GotoAsync("/portal/sign-in");
        await customer.FillAsync("#email", DemoWorkspace.PortalCustomerEmail);
        await customer.FillAsync("#password", DemoWorkspace.Password);
        await customer.ClickAsync("button[type=submit]");
        await customer.WaitForURLAsync("**/portal");
        await BrowserApp.WaitUntilInteractiveAsync(customer);
        await Assertions.Expect(customer.Locator(".current-phase")).ToContainTextAsync("Now in phase 2 of 5: engineering");

        await customer.GetByRole(AriaRole.Tab, new() { Name = "Documents (1)" }).ClickAsync();
        var download = await customer.RunAndWaitForDownloadAsync(() => customer.GetByRole(AriaRole.Link, new() { Name = "kick-off-minutes-v2.txt" }).ClickAsync());
        Assert.Contains("version 2", await File.ReadAllTextAsync(await download.PathAsync()));

        await customer.GetByRole(AriaRole.Tab, new() { Name = "Questions" }).ClickAsync();
        await customer.GetByLabel("Your question").FillAsync("Which motor brand is in the layout drawings?");
        await MudControls.ChooseAsync(customer, customer.Locator("body"), "Topic", "Engineering and drawings");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        var question = customer.Locator("[data-question='Which motor brand is in the layout drawings?']");
        await Assertions.Expect(question).ToContainTextAsync("Waiting for Kenneth Smit's answer");

        var expert = await app.SignedInPageAsync("consultant@demo.example", DemoWorkspace.Password);
        await expert.GotoAsync($"/accounts/{accountId}/portal");
        await BrowserApp.WaitUntilInteractiveAsync(expert);
        var open = expert.Locator("[data-question='Which motor brand is in the layout drawings?']");
        await open.GetByLabel("Answer").FillAsync("ABB motors throughout; the data sheets follow with revision C.");
        await open.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Assertions.Expect(expert.Locator("[data-answer]").First).ToBeAttachedAsync();

        await customer.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(customer);
        await customer.GetByRole(AriaRole.Tab, new() { Name = "Questions" }).ClickAsync();
        await Assertions.Expect(question.Locator(".answer")).ToContainTextAsync("ABB motors throughout");

        await expert.GetByRole(AriaRole.Tab, new() { Name = "Documents" }).ClickAsync();
        await MudControls.ChooseAsync(expert, expert.Locator("body"), "Document", "Kick-off minutes");
        await expert.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "kick-off-minutes-v3.txt", MimeType = "text/plain", Buffer = "Kick-off minutes, version 3"u8.ToArray(),
        });
        await expert.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(expert.Locator("[data-document='Kick-off minutes'] tr[data-version='3']")).ToBeVisibleAsync();

        var notices = app.Smtp.MessagesTo(DemoWorkspace.PortalCustomerEmail).Where(m => m.Subject?.StartsWith("New version of", StringComparison.Ordinal) == true).ToList();
        Assert.Equal("New version of Kick-off minutes (v3)", Assert.Single(notices).Subject);
    }
}
