using Dyad.Core.Accounts;
using Dyad.Core.Actions;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Actions;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

/// <summary>Closing the loop end to end: a customer's detractor answer on their link, and the account owner acting on it.</summary>
public sealed class ActionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Detractor_response_opens_an_action_for_the_account_owner_who_signs_in_and_closes_the_loop()
    {
        var owner = await app.CreateUserAsync(DyadRole.AccountManager);
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == invited.AccountId);
            account.Update(account.ToDetails() with { OwnerId = owner.Id });
            return await db.SaveChangesAsync();
        });

        var customer = await app.NewPageAsync(1280, 900, "en-GB");
        await customer.GotoAsync($"/s/{invited.Token}");
        await BrowserApp.WaitUntilInteractiveAsync(customer);
        await customer.Locator("#q-score label[for='s-score-3']").ClickAsync();
        await customer.Locator("#q-ease label[for='s-ease-2']").ClickAsync();
        await customer.GetByLabel("What should we do better?").FillAsync("Nobody told us the delivery would slip.");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your answers." })).ToBeVisibleAsync();

        var page = await app.SignedInPageAsync(owner.Email, DyadApp.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Actions", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/actions");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var row = page.Locator("tr[data-action^='NPS 3 from Sanna Virtanen']");
        await Assertions.Expect(row).ToContainTextAsync("NPS 3: at or below the workspace's limit of 6.");
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync("**/actions/*");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("action-owner")).ToHaveTextAsync(owner.DisplayName);
        await Assertions.Expect(page.Locator("[data-task='Call the customer within 24 hours']")).ToBeVisibleAsync();

        var close = page.GetByTestId("close-loop");
        await close.GetByRole(AriaRole.Button, new() { Name = "Close the loop" }).ClickAsync();
        await Assertions.Expect(close).ToContainTextAsync("The outcome is required.");
        await Assertions.Expect(close).ToContainTextAsync("Record whom you contacted at the customer");

        await page.Locator("[data-task='Call the customer within 24 hours'] input[type=checkbox]").CheckAsync();
        await close.GetByTestId("close-stakeholder").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Sanna Virtanen", Exact = true }).ClickAsync();
        await close.GetByLabel("Outcome").FillAsync("Called Sanna: the new delivery date holds and she gets a weekly status mail.");
        await close.GetByRole(AriaRole.Button, new() { Name = "Close the loop" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("loop-closed")).ToContainTextAsync("Sanna Virtanen");
        await Assertions.Expect(page.Locator("[data-status=loop_closed]")).ToBeVisibleAsync();
        var stored = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<ActionQueries>().ListAsync(new ActionFilter(AccountId: invited.AccountId)));
        var action = Assert.Single(stored);
        Assert.Equal((ActionStatus.LoopClosed, owner.Id, 1), (action.Status, action.OwnerId, action.TasksDone));
    }
}
