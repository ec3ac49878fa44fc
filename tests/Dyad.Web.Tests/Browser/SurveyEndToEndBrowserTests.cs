using System.Net;
using System.Text.RegularExpressions;
using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Touchpoints;
using Dyad.Web.Surveys.Distribution;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

/// <summary>
/// A survey's whole way, each step through what its user has: the API for the configurator, the scheduler for the
/// e-mail, the SMTP server's folder for the inbox, Chromium for the customer and for the colleague reading the results.
/// </summary>
public sealed partial class SurveyEndToEndBrowserTests(BrowserMailApp app) : IClassFixture<BrowserMailApp>
{
    [Fact]
    public async Task A_factory_acceptance_test_sends_an_nps_survey_whose_answer_shows_in_the_results_and_a_second_test_sends_nothing()
    {
        var slug = $"e2e{Guid.NewGuid():N}"[..20];
        var api = await app.ApiClientAsync(DyadRole.CxManager, slug);
        api.BaseAddress = new Uri(app.BaseUrl); // the browser fixture serves on a real port, not in memory
        var email = $"Aino.Virtanen-{slug}@Customer.example";

        // The customer, the person involved, the project's journey and its factory acceptance test.
        var account = await (await api.PostJsonAsync("/api/v1/accounts", new AccountDetails("Nordic Paper", RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var buyer = await (await api.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders", new StakeholderDetails("Aino Virtanen", email,
            "Plant manager", "Operations", HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true))).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var templates = await (await api.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>();
        var journey = await (await api.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys",
                new NewJourney(templates.Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery).Id, "Paper machine rebuild")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        var acceptanceTest = await (await api.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", new TouchpointDetails("Factory acceptance test",
            2, Channel.Meeting, EncounterType.Communication, TouchpointController.Supplier, Visibility.Frontstage))).ReadAsync<TouchpointView>(HttpStatusCode.Created);

        // The configurator's NPS survey (score and an open follow-up), opened, asked after the test of those present.
        var draft = await (await api.PostJsonAsync("/api/v1/surveys", new SurveyDetails("After the FAT", BuiltInInstruments.NpsKey)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await api.PutJsonAsync($"/api/v1/surveys/{draft.Id}", new SurveyDetails("After the FAT", BuiltInInstruments.NpsKey, Status: SurveyStatus.Open)))
            .ReadAsync<SurveyView>();
        await (await api.PostJsonAsync($"/api/v1/surveys/{draft.Id}/triggers", new TriggerDetails("After the factory acceptance test",
            TriggerKind.TouchpointOccurred, TriggerAudience.Involved, TouchpointId: acceptanceTest.Id))).ReadAsync<TriggerView>(HttpStatusCode.Created);

        await RecordAcceptanceTestAsync(api, acceptanceTest.Id, buyer.Id);
        var firstPass = await app.Services.GetRequiredService<SurveyDispatcher>().RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(1, firstPass.Sent);

        // The customer's inbox: one e-mail whose personal link leads to this server.
        var message = Assert.Single(app.Smtp.MessagesTo(email));
        var link = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(link.Success, $"No link to {app.BaseUrl} in: {message.TextBody}");
        Assert.StartsWith($"{app.BaseUrl}/s/", link.Value, StringComparison.Ordinal);

        var customer = await app.NewPageAsync(width: 390, height: 844, locale: "en-GB");
        await customer.GotoAsync(link.Value);
        await BrowserApp.WaitUntilInteractiveAsync(customer);
        await Assertions.Expect(customer.GetByText("Questions marked * need an answer. Your answers are saved as you go")).ToBeVisibleAsync();
        await customer.Locator("#q-score label[for='s-score-9']").ClickAsync();
        await customer.GetByLabel("What is the main reason for your score?").FillAsync("The FAT found the felt problem before shipping.");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).DblClickAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your answers." })).ToBeVisibleAsync();

        // A colleague signed in reads the results and the distribution.
        var colleague = await app.CreateUserAsync(DyadRole.Viewer, slug);
        var page = await app.SignedInPageAsync(colleague.Email, DyadApp.Password);
        await page.GotoAsync($"/surveys/{draft.Id}/results");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("nps-value")).ToHaveTextAsync("100");
        await Assertions.Expect(page.GetByTestId("response-count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".survey-comments blockquote")).ToContainTextAsync(["The FAT found the felt problem before shipping."]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Distribution" }).ClickAsync();
        await page.WaitForURLAsync($"**/surveys/{draft.Id}/distribution");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var row = page.Locator("tr", new() { HasText = email });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".mud-chip")).ToHaveTextAsync("answered");
        await Assertions.Expect(row).ToContainTextAsync(new Regex("sent .+ · opened .+ · started .+ · answered "));

        // The API: exactly one response, and it counts for the touchpoint that prompted it.
        Assert.Single(await (await api.GetAsync($"/api/v1/surveys/{draft.Id}/responses")).ReadItemsAsync<SurveyResponseView>());
        var byTouchpoint = await (await api.GetAsync($"/api/v1/surveys/{draft.Id}/analysis?by=touchpoint")).ReadAsync<SurveyAnalysis>();
        var group = Assert.Single(byTouchpoint.Breakdown!);
        Assert.Equal(("Factory acceptance test", 1), (group.Group, group.Result.Responses));

        // A second test within the fatigue window: no second e-mail, and the list says why.
        await RecordAcceptanceTestAsync(api, acceptanceTest.Id, buyer.Id);
        var secondPass = await app.Services.GetRequiredService<SurveyDispatcher>().RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(2));
        Assert.Equal(0, secondPass.Sent);
        Assert.Single(app.Smtp.MessagesTo(email));
        var suppressed = Assert.Single(await (await api.GetAsync($"/api/v1/surveys/{draft.Id}/invitations?status=suppressed")).ReadItemsAsync<InvitationView>());
        Assert.Equal(buyer.Id, suppressed.StakeholderId);
        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("tr", new() { HasText = email }).Filter(new() { HasText = "Skipped: invited on" })).ToHaveCountAsync(1);
    }

    private static async Task RecordAcceptanceTestAsync(HttpClient api, Guid touchpointId, Guid involved) =>
        await (await api.PostJsonAsync($"/api/v1/touchpoints/{touchpointId}/occurrences",
            new OccurrenceDetails(DateTimeOffset.UtcNow, "Factory acceptance test at the workshop", [involved]))).ReadAsync<OccurrenceView>(HttpStatusCode.Created);

    [GeneratedRegex(@"http://localhost:\d+/s/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
