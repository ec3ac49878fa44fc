using System.Net;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Handbook;
using Dyad.Core.Workspaces;
using Dyad.Data.Handbook;
using Dyad.Tests.Shared;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Handbook;

/// <summary>
/// The employee handbook through the API: the demo workspace's handbook has 004's structure; editing, versions, comparison
/// and regeneration run in workspaces of their own, so tests never share a handbook.
/// </summary>
public abstract class HandbookApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string Handbook = "/api/v1/handbook";

    private async Task<(string Slug, HttpClient Manager)> WorkspaceAsync()
    {
        var slug = $"hb-{Guid.NewGuid():N}"[..20];
        return (slug, await app.ApiClientAsync(DyadRole.CxManager, slug));
    }

    [Fact]
    public async Task The_demo_handbook_opens_with_the_four_guidelines_then_a_chapter_per_function_with_the_codebooks_keywords()
    {
        var manager = await app.ApiClientAsync(DyadRole.CxManager);

        var generated = await (await manager.PostAsync($"{Handbook}/regenerate", null)).ReadAsync<RegenerationResult>();

        var sections = generated.Handbook.Sections;
        Assert.Equal(["General guidelines", "Customer interface", "Backstage", "Production", "Management"],
            sections.Select(s => s.ChapterTitle).Distinct());
        Assert.Equal(["About this handbook", "Ease and convenience of doing business", "Feel of importance and support", "Professionalism", "Reliability"],
            sections.Where(s => s.ChapterKey == "guidelines").Select(s => s.Title));
        var customerInterface = sections.Where(s => s.ChapterKey == "customer-interface").Select(s => s.Title).ToList();
        // The 004 codebook's keywords the demo's customers name; responsiveness is the most frequent (004 Table 3).
        Assert.Subset(customerInterface.ToHashSet(), new HashSet<string> { "Responsiveness", "Documentation", "Meetings", "Professional FAT", "Communication", "Delivery time" });
        Assert.All(HandbookChapters.Functions, chapter => Assert.Equal("Behavior and social skills", sections.Last(s => s.ChapterKey == chapter.Key).Title));
        var responsiveness = sections.Single(s => s.Key == "customer-interface.responsiveness").Markdown;
        Assert.Contains("**Why it matters.** Customers named responsiveness in", responsiveness);
        Assert.Contains("| responsiveness |", sections[0].Markdown);
        Assert.Contains("**Practices that worked**", string.Concat(sections.Select(s => s.Markdown)));
        Assert.Contains(sections, s => s.ChapterKey == "production" && s.Title == "Professional FAT" && s.Markdown.Contains("> "));
    }

    [Fact]
    public async Task The_handbook_exports_as_a_pdf_whose_pages_render_and_as_markdown()
    {
        var (slug, manager) = await WorkspaceAsync();
        await (await manager.PostAsync($"{Handbook}/regenerate", null)).ReadAsync<RegenerationResult>();
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, slug);

        var pdf = await viewer.GetAsync($"{Handbook}/export?format=pdf");
        var markdown = await viewer.GetAsync($"{Handbook}/export?format=md");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("handbook-v1.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var pages = await Poppler.PageCountAsync(bytes);
        var text = await Poppler.TextAsync(bytes);
        Assert.Contains("Customer experience handbook", text);
        Assert.Matches(@"1\s+General guidelines", text);
        Assert.Matches(@"2\.1\s+Behavior and social skills", text);
        Assert.Contains($"page {pages} of {pages}", text);
        Assert.True((await Poppler.RenderGreyAsync(bytes, 3)).Count(p => p < 128) > 50, "the first chapter's page renders blank");
        var md = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith("# Customer experience handbook", md);
        Assert.Contains("## 2 Customer interface", md);
        Assert.Contains("### 2.1 Behavior and social skills", md);
        Assert.Contains("format", (await (await viewer.GetAsync($"{Handbook}/export?format=docx")).ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task An_edited_section_is_kept_through_regeneration_flagged_when_its_generated_text_changed_and_versions_say_who_and_what()
    {
        var (slug, manager) = await WorkspaceAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(Handbook)).StatusCode);
        var first = (await (await manager.PostAsync($"{Handbook}/regenerate", null)).ReadAsync<RegenerationResult>()).Handbook;
        const string About = "guidelines.about";

        var edited = await (await manager.PutJsonAsync($"{Handbook}/sections/{About}", new SectionEdit("Our **own** words.", first.Version)))
            .ReadAsync<HandbookView>();
        var stale = await manager.PutJsonAsync($"{Handbook}/sections/{About}", new SectionEdit("Lost words", first.Version));
        await (await manager.PostJsonAsync("/api/v1/feedback/notes",
            new EmployeeNoteDetails("Customers want a call back the same day", EmployeeNoteKind.FocusGroup, "Anna", new DateOnly(2026, 10, 1))))
            .ReadAsync<object>(HttpStatusCode.Created);
        var regenerated = await (await manager.PostJsonAsync($"{Handbook}/regenerate", new VersionedChange(edited.Version))).ReadAsync<RegenerationResult>();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var about = regenerated.Handbook.Sections.Single(s => s.Key == About);
        Assert.Equal(("Our **own** words.", true, true, "Test CxManager"), (about.Markdown, about.Edited, about.GeneratedChanged, about.EditedBy));
        Assert.Contains("1 employee note", about.GeneratedMarkdown);
        Assert.Equal(1, regenerated.Summary.Flagged);

        var versions = await (await manager.GetAsync($"{Handbook}/versions")).ReadAsync<List<HandbookVersionSummary>>();
        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        Assert.Equal("Edited \u201cAbout this handbook\u201d", versions[1].Change);
        Assert.All(versions, v => Assert.Equal("Test CxManager", v.CreatedBy));
        var comparison = await (await manager.GetAsync($"{Handbook}/versions/compare?from=1&to=2")).ReadAsync<HandbookComparison>();
        var change = Assert.Single(comparison.Sections);
        Assert.Equal((About, SectionChange.Changed), (change.Key, change.Change));
        Assert.Contains(new DiffLine(LineChange.Added, "Our **own** words."), change.Lines);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Handbook}/versions/compare?from=1&to=9")).StatusCode);

        var reverted = await (await manager.PostJsonAsync($"{Handbook}/sections/{About}/revert", new VersionedChange(regenerated.Handbook.Version)))
            .ReadAsync<HandbookView>();
        Assert.Contains("1 employee note", reverted.Sections.Single(s => s.Key == About).Markdown);
        Assert.False(reverted.Sections.Single(s => s.Key == About).Edited);
    }

    [Fact]
    public async Task Only_configurers_edit_or_regenerate_everyone_reads_and_other_workspaces_see_nothing()
    {
        var (slug, manager) = await WorkspaceAsync();
        var handbook = (await (await manager.PostAsync($"{Handbook}/regenerate", null)).ReadAsync<RegenerationResult>()).Handbook;
        var contributor = await app.ApiClientAsync(DyadRole.Contributor, slug);
        var outsider = await app.ApiClientAsync(DyadRole.Admin, $"hb-{Guid.NewGuid():N}"[..20]);

        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PutJsonAsync($"{Handbook}/sections/guidelines.about", new SectionEdit("x", handbook.Version))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsync($"{Handbook}/regenerate", null)).StatusCode);
        Assert.Equal(handbook.Version, (await (await contributor.GetAsync(Handbook)).ReadAsync<HandbookView>()).Version);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Handbook)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{Handbook}/export?format=md")).StatusCode);
        var unknown = await manager.PutJsonAsync($"{Handbook}/sections/nothing.here", new SectionEdit("x", handbook.Version));
        Assert.Contains("key", (await unknown.ValidationErrorsAsync()).Keys);
    }
}

public sealed class HandbookApiTestsOnSqlite(SqliteApp app) : HandbookApiTests<SqliteApp>(app);

public sealed class HandbookApiTestsOnPostgres(PostgresApp app) : HandbookApiTests<PostgresApp>(app);
