using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Experiences;
using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Demo;
using Dyad.Data.Experiences;
using Dyad.Data.Journeys;
using Dyad.Data.JourneyDesign;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.JourneyDesign;

public abstract class JourneyDesignApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    /// <summary>A template of its own with one journey and two touchpoints, so tests change nothing the demo shows.</summary>
    private async Task<(HttpClient CxManager, TemplateView Template)> TemplateWithJourneyAsync()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var template = await (await cxManager.PostJsonAsync("/api/v1/templates", new TemplateDraft($"Onboarding {Guid.NewGuid():N}", null,
            [new("welcome"), new("setup"), new("first value")]))).ReadAsync<TemplateView>(HttpStatusCode.Created);
        var account = await (await cxManager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Design test {Guid.NewGuid():N}", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var journey = await (await cxManager.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(template.Id, "Platform rollout")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        foreach (var touchpoint in new TouchpointDetails[]
                 {
                     new("Welcome call", 1, Channel.Phone, EncounterType.Communication, TouchpointController.Supplier, Visibility.Frontstage, "Customer success"),
                     new("Account provisioning", 2, Channel.Other, EncounterType.Service, TouchpointController.Supplier, Visibility.Backstage),
                 })
        {
            _touchpoints.Add(await (await cxManager.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", touchpoint))
                .ReadAsync<TouchpointView>(HttpStatusCode.Created));
        }
        return (cxManager, template);
    }

    /// <summary>The journey touchpoints the last <see cref="TemplateWithJourneyAsync"/> recorded.</summary>
    private readonly List<TouchpointView> _touchpoints = [];

    private static TargetStateEdit Edit(JourneyDesignView design, Func<JourneyMap, JourneyMap> change)
    {
        var target = change(design.Target!);
        return new TargetStateEdit(target.Phases, target.Touchpoints, design.Version);
    }

    [Fact]
    public async Task The_demo_service_journey_shows_its_touchpoints_the_practices_that_worked_and_a_drafted_target_state()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var template = (await (await viewer.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>()).Single(t => t.Name == BuiltInJourneyTemplates.ServiceJourney);

        var design = await (await viewer.GetAsync($"/api/v1/templates/{template.Id}/design")).ReadAsync<JourneyDesignView>();

        Assert.Equal(5, design.Current.Count);
        var usage = design.Current[3];
        Assert.Contains(usage.Touchpoints, t => t.Touchpoint is { Name: "Support desk ticket handling", Visibility: Visibility.Backstage, Owner: "Support desk" });
        Assert.Contains(usage.Touchpoints, t => t.Touchpoint is { Name: "Venue and catering", Controller: TouchpointController.External });
        Assert.Contains(design.Current, p => p.Elsewhere.PracticesThatWorked.Count > 0);
        Assert.Contains(design.Current.SelectMany(p => p.Touchpoints.Select(t => t.Evidence).Append(p.Elsewhere)), e => e.PainPointCount > 0);
        Assert.Contains(design.Changes, c => c.Kind == MapChangeKind.TouchpointAdded && c.Subject == DemoWorkspace.DesignedTouchpoint);
        Assert.Contains(design.Changes, c => c is { Kind: MapChangeKind.LaneChanged, Subject: "Support desk ticket handling", From: "backstage", To: "frontstage" });
    }

    [Fact]
    public async Task The_map_shows_the_target_experiences_aimed_at_a_touchpoint_a_phase_and_the_whole_template()
    {
        var (client, template) = await TemplateWithJourneyAsync();
        var welcomeCall = _touchpoints.Single(t => t.Name == "Welcome call");
        var secure = await (await client.PostJsonAsync("/api/v1/experiences", TargetExperienceLibrary.Find("secure")!.Definition))
            .ReadAsync<TargetExperienceView>(HttpStatusCode.Created);
        var effortless = await (await client.PostJsonAsync("/api/v1/experiences", TargetExperienceLibrary.Find("effortless")!.Definition))
            .ReadAsync<TargetExperienceView>(HttpStatusCode.Created);
        var archived = await (await client.PostJsonAsync("/api/v1/experiences", TargetExperienceLibrary.Find("inspiring")!.Definition))
            .ReadAsync<TargetExperienceView>(HttpStatusCode.Created);
        foreach (var (experience, link) in new[]
                 {
                     (secure.Id, new NewLink(LinkKind.Touchpoint, TouchpointId: welcomeCall.Id)),
                     (effortless.Id, new NewLink(LinkKind.Phase, JourneyTemplateId: template.Id, Phase: 2)),
                     (secure.Id, new NewLink(LinkKind.JourneyTemplate, JourneyTemplateId: template.Id)),
                     (archived.Id, new NewLink(LinkKind.Touchpoint, TouchpointId: welcomeCall.Id)),
                 })
        {
            await (await client.PostJsonAsync($"/api/v1/experiences/{experience}/links", link)).ReadAsync<LinkView>(HttpStatusCode.Created);
        }
        (await client.PostAsync($"/api/v1/experiences/{archived.Id}/archive", null)).EnsureSuccessStatusCode();

        var design = await (await client.GetAsync($"/api/v1/templates/{template.Id}/design")).ReadAsync<JourneyDesignView>();

        var welcome = design.Current[0].Touchpoints.Single(t => t.Touchpoint.Name == "Welcome call");
        Assert.Equal([secure.Definition.Name], welcome.Evidence.Aims.Select(a => a.Name));
        Assert.Equal([effortless.Definition.Name], design.Current[1].Elsewhere.Aims.Select(a => a.Name));
        Assert.Empty(design.Current[1].Touchpoints.Single().Evidence.Aims);
        Assert.Equal([secure.Id], design.Aims.Select(a => a.Id));
    }

    [Fact]
    public async Task Reading_a_map_never_edited_writes_nothing_and_the_first_edit_keeps_the_keys_it_showed()
    {
        var (client, template) = await TemplateWithJourneyAsync();
        var url = $"/api/v1/templates/{template.Id}/design";
        var rowsBefore = await RowsAsync(template.Id);

        var first = await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>();
        var second = await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>();
        var rowsAfterReads = await RowsAsync(template.Id);
        var started = await (await client.PostAsync($"{url}/target", null)).ReadAsync<JourneyDesignView>();

        Assert.Equal((0, rowsBefore.Audit), (rowsAfterReads.Designs, rowsAfterReads.Audit));
        var keys = first.Current.SelectMany(p => p.Touchpoints).Select(t => t.Touchpoint.Key).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys, second.Current.SelectMany(p => p.Touchpoints).Select(t => t.Touchpoint.Key));
        Assert.Equal(keys, started.Current.SelectMany(p => p.Touchpoints).Select(t => t.Touchpoint.Key));
        Assert.Equal(1, (await RowsAsync(template.Id)).Designs);
    }

    /// <summary>The template's stored designs, and the workspace's audited writes but the API token's own bookkeeping.</summary>
    private Task<(int Designs, int Audit)> RowsAsync(Guid templateId) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            return (await db.TemplateDesigns.CountAsync(d => d.TemplateId == templateId), await db.AuditEntries.CountAsync(a => a.EntityType != nameof(ApiToken)));
        });

    [Fact]
    public async Task A_target_state_is_edited_apart_from_the_live_template_and_adopting_applies_its_change_list()
    {
        var (client, template) = await TemplateWithJourneyAsync();
        var url = $"/api/v1/templates/{template.Id}/design";

        var drawn = await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>();
        var started = await (await client.PostAsync($"{url}/target", null)).ReadAsync<JourneyDesignView>();
        var edited = await (await client.PutJsonAsync($"{url}/target", Edit(started, map => map with
        {
            Phases = [.. map.Phases, new MapPhase(4, "renewal", "account manager")],
            Touchpoints =
            [
                .. map.Touchpoints.Select(t => t.Name == "Welcome call" ? t with { Owner = "Onboarding lead" } : t with { Phase = 3 }),
                new MapTouchpoint(Guid.NewGuid(), "Renewal review", 4, Channel.Meeting, TouchpointController.Supplier, Visibility.Frontstage),
            ],
        }))).ReadAsync<JourneyDesignView>();

        Assert.Equal(["Welcome call", "Account provisioning"], drawn.Current.SelectMany(p => p.Touchpoints).Select(t => t.Touchpoint.Name));
        Assert.Equal(["Phase 4 'renewal' added", "'Welcome call' owner Customer success → Onboarding lead", "'Account provisioning' moved from phase 2 to phase 3",
            "'Renewal review' added in phase 4"], edited.Changes.Select(c => c.Description));
        var live = await (await client.GetAsync($"/api/v1/templates/{template.Id}")).ReadAsync<TemplateView>();
        Assert.Equal(3, live.Phases.Count);
        Assert.Equal(2, edited.Current.Single(p => p.Phase.Number == 2).Touchpoints.Single().Touchpoint.Phase);

        var adopted = await (await client.PostJsonAsync($"{url}/target/adopt", new AdoptTargetState(edited.Version))).ReadAsync<AdoptedTargetState>();

        Assert.Equal(4, adopted.Applied.Count);
        Assert.Null(adopted.Design.Target);
        Assert.Empty(adopted.Design.Changes);
        Assert.Equal(["welcome", "setup", "first value", "renewal"],
            (await (await client.GetAsync($"/api/v1/templates/{template.Id}")).ReadAsync<TemplateView>()).Phases.Select(p => p.Name));
        var after = await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>();
        Assert.Equal(["Account provisioning"], after.Current.Single(p => p.Phase.Number == 3).Touchpoints.Select(t => t.Touchpoint.Name));
        Assert.Equal("Onboarding lead", after.Current[0].Touchpoints.Single().Touchpoint.Owner);
    }

    [Fact]
    public async Task Adopting_a_target_state_the_template_refuses_changes_neither_the_template_nor_the_map()
    {
        var (client, template) = await TemplateWithJourneyAsync();
        var url = $"/api/v1/templates/{template.Id}/design";
        var started = await (await client.PostAsync($"{url}/target", null)).ReadAsync<JourneyDesignView>();
        // A journey follows the template, so its phases cannot shrink; the touchpoint change comes first in the draft.
        var edited = await (await client.PutJsonAsync($"{url}/target", Edit(started, map => map with
        {
            Phases = map.Phases.Take(2).ToList(),
            Touchpoints = map.Touchpoints.Select(t => t with { Owner = "Someone new" }).ToList(),
        }))).ReadAsync<JourneyDesignView>();

        var errors = await (await client.PostJsonAsync($"{url}/target/adopt", new AdoptTargetState(edited.Version))).ValidationErrorsAsync();

        Assert.Contains("can be renamed or added to but not removed", errors["phases"][0]);
        var after = await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>();
        Assert.Equal(3, after.Template.Phases.Count);
        Assert.DoesNotContain(after.Current.SelectMany(p => p.Touchpoints), t => t.Touchpoint.Owner == "Someone new");
        Assert.NotNull(after.Target);
        Assert.Equal(edited.Changes, after.Changes);
    }

    [Fact]
    public async Task A_change_list_someone_else_edited_since_it_was_read_is_not_adopted()
    {
        var (client, template) = await TemplateWithJourneyAsync();
        var url = $"/api/v1/templates/{template.Id}/design";
        var started = await (await client.PostAsync($"{url}/target", null)).ReadAsync<JourneyDesignView>();
        await (await client.PutJsonAsync($"{url}/target", Edit(started, map => map with { Touchpoints = [] }))).ReadAsync<JourneyDesignView>();

        var stale = await client.PostJsonAsync($"{url}/target/adopt", new AdoptTargetState(started.Version));
        var staleEdit = await client.PutJsonAsync($"{url}/target", Edit(started, map => map));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleEdit.StatusCode);
        Assert.Equal(2, (await (await client.GetAsync(url)).ReadAsync<JourneyDesignView>()).Current.Sum(p => p.Touchpoints.Count));
    }

    [Fact]
    public async Task Only_configurers_draft_target_states()
    {
        var (_, template) = await TemplateWithJourneyAsync();
        var accountManager = await app.ApiClientAsync(DyadRole.AccountManager);

        Assert.Equal(HttpStatusCode.OK, (await accountManager.GetAsync($"/api/v1/templates/{template.Id}/design")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accountManager.PostAsync($"/api/v1/templates/{template.Id}/design/target", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await accountManager.GetAsync($"/api/v1/templates/{Guid.NewGuid()}/design")).StatusCode);
    }
}

public sealed class JourneyDesignApiOnSqlite(SqliteApp app) : JourneyDesignApiTests<SqliteApp>(app);

public sealed class JourneyDesignApiOnPostgres(PostgresApp app) : JourneyDesignApiTests<PostgresApp>(app);
