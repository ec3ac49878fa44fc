using System.Net;
using Dyad.Core.Workspaces;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tests.Surveys;

namespace Dyad.Web.Tests.Workspaces;

/// <summary>Branding through the API, and on the page a respondent opens. Each test uses a workspace of its own.</summary>
public abstract class BrandingApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    [Fact]
    public async Task A_workspace_without_branding_shows_its_own_name_in_the_default_colour()
    {
        var slug = $"brand-{Guid.NewGuid():N}"[..20];
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, slug);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/workspace/branding")).StatusCode);
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var branding = await (await manager.GetAsync("/api/v1/workspace/branding")).ReadAsync<BrandingView>();

        Assert.Equal(($"Workspace {slug}", WorkspaceBranding.DefaultAccentColour, "#ffffff"), (branding.DisplayName, branding.AccentColour, branding.TextOnAccent));
    }

    [Fact]
    public async Task A_cx_manager_sets_the_branding_a_respondent_sees_and_a_bad_colour_is_a_400_naming_the_field()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var details = new BrandingDetails("Kone Engineering", "#FFD500", "https://example.com/kone.svg", "Kiitos! We read every answer.");

        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PutJsonAsync("/api/v1/workspace/branding", details)).StatusCode);
        var bad = await manager.PutJsonAsync("/api/v1/workspace/branding", details with { AccentColour = "yellow" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("AccentColour", (await bad.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);
        var saved = await (await manager.PutJsonAsync("/api/v1/workspace/branding", details)).ReadAsync<BrandingView>();

        Assert.Equal(("#ffd500", "#000000"), (saved.AccentColour, saved.TextOnAccent));
        var invited = await RespondentFixture.InviteAsync(app, await RespondentFixture.OpenSurveyAsync(app));
        var page = await (await app.CreateClient().GetAsync($"/s/{invited.Token}")).Content.ReadAsStringAsync();
        Assert.Contains("--accent: #ffd500; --on-accent: #000000", page);
        Assert.Contains("src=\"https://example.com/kone.svg\" alt=\"Kone Engineering\"", page);
    }
}

public sealed class BrandingApiTestsOnSqlite(SqliteApp app) : BrandingApiTests<SqliteApp>(app);

public sealed class BrandingApiTestsOnPostgres(PostgresApp app) : BrandingApiTests<PostgresApp>(app);
