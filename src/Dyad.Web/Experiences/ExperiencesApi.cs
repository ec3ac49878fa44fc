using System.Security.Claims;
using Dyad.Core.Experiences;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Experiences;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Experiences;

public static class ExperiencesApi
{
    /// <summary>The target experience list's sort keys; <c>name</c> ascending unless asked otherwise. Attainment is computed, so the page is cut from the computed list.</summary>
    private static readonly CursorSort<TargetExperienceSummary> Sorts = new CursorSort<TargetExperienceSummary>(e => e.Id)
        .By("name", e => e.Name, SortOrder.Asc)
        .By("realized", e => e.Realized);

    public static IEndpointRouteBuilder MapExperiencesApi(this IEndpointRouteBuilder app)
    {
        var experiences = app.MapGroup("/api/v1/experiences").WithTags("Target experiences").RequirePermission(Permission.Read);
        experiences.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("The workspace's target experiences a page at a time with their realized attainment; archived ones with ?archived=true; sort by name (default) or realized.");
        experiences.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Defines a target experience; its first version records who and when.");
        experiences.MapGet("/matrix", MatrixAsync)
            .Unpaged("An analysis: the six cells of granularity by valence, each with its experiences, drawn whole.")
            .WithSummary("The target experience matrix: granularity (general, nuanced) by realized valence (positive, negative, unmeasured).");
        experiences.MapGet("/library", Library)
            .Unpaged("The templates Dyad ships, fixed in code.")
            .WithSummary("Templates to start from: the four nuanced categories and three general aims.");
        experiences.MapPost("/library/{key}", CreateFromTemplateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Defines a target experience from a library template, to adapt afterwards.");
        experiences.MapGet("/{id:guid}", GetAsync).HasETag<TargetExperience>().WithName("GetTargetExperience");
        experiences.MapPut("/{id:guid}", ReviseAsync).HasETag<TargetExperience>().RequirePermission(Permission.Configure)
            .WithSummary("Replaces the definition; a change is kept as a new version, a save without changes keeps none.");
        experiences.MapPost("/{id:guid}/archive", ArchiveAsync).RequirePermission(Permission.Configure);
        experiences.MapPost("/{id:guid}/restore", RestoreAsync).RequirePermission(Permission.Configure);
        experiences.MapGet("/{id:guid}/versions", VersionsAsync)
            .Unpaged("One experience's numbered versions, a new one per edit, listed whole to compare any two.").WithSummary("Every version, newest first.");
        experiences.MapGet("/{id:guid}/versions/diff", DiffAsync).WithSummary("The fields that differ between two versions (?from=1&to=3).");
        experiences.MapPost("/{id:guid}/links", AddLinkAsync).RequirePermission(Permission.Configure)
            .WithSummary("Attaches the experience to a journey template, phase or touchpoint, or to a survey question, emotion pick-list or keyword.");
        experiences.MapDelete("/{id:guid}/links/{linkId:guid}", RemoveLinkAsync).HasETag<TargetExperienceLink>().RequirePermission(Permission.Configure);
        experiences.MapGet("/{id:guid}/attainment", AttainmentAsync)
            .WithSummary("Realized against intended attainment, each measure's share and the trend; slice with ?account=&role=&phase=&period=2026-Q2.");
        return app;
    }

    private static async Task<Ok<CursorPage<TargetExperienceSummary>>> ListAsync([AsParameters] PageQuery page, AttainmentService attainment,
        CancellationToken ct, bool archived = false) =>
        TypedResults.Ok(await Sorts.PageAsync((await attainment.ListAsync(archived, ct)).AsQueryable(), page.ToRequest(), ct));

    private static async Task<CreatedAtRoute<TargetExperienceView>> CreateAsync(TargetExperienceDefinition definition, TargetExperienceService experiences,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var created = await experiences.CreateAsync(definition, user.ToActor(), ct);
        return TypedResults.CreatedAtRoute(created, "GetTargetExperience", new { id = created.Id });
    }

    private static async Task<Ok<IReadOnlyList<MatrixCell>>> MatrixAsync(AttainmentService attainment, CancellationToken ct) =>
        TypedResults.Ok(await attainment.MatrixAsync(ct));

    private static Ok<IReadOnlyList<LibraryTemplate>> Library() => TypedResults.Ok(TargetExperienceLibrary.Templates);

    private static async Task<Results<CreatedAtRoute<TargetExperienceView>, NotFound>> CreateFromTemplateAsync(string key,
        TargetExperienceService experiences, ClaimsPrincipal user, CancellationToken ct)
    {
        if (TargetExperienceLibrary.Find(key) is not { } template)
        {
            return TypedResults.NotFound();
        }
        var created = await experiences.CreateAsync(template.Definition, user.ToActor(), ct);
        return TypedResults.CreatedAtRoute(created, "GetTargetExperience", new { id = created.Id });
    }

    private static async Task<Results<Ok<TargetExperienceView>, NotFound>> GetAsync(Guid id, TargetExperienceService experiences, CancellationToken ct) =>
        await experiences.GetAsync(id, ct) is { } experience ? TypedResults.Ok(experience) : TypedResults.NotFound();

    private static async Task<Results<Ok<TargetExperienceView>, NotFound>> ReviseAsync(Guid id, TargetExperienceDefinition definition,
        TargetExperienceService experiences, ClaimsPrincipal user, CancellationToken ct) =>
        await experiences.ReviseAsync(id, definition, user.ToActor(), ct) is { } revised ? TypedResults.Ok(revised) : TypedResults.NotFound();

    private static async Task<Results<Ok<TargetExperienceView>, NotFound>> ArchiveAsync(Guid id, TargetExperienceService experiences,
        ClaimsPrincipal user, CancellationToken ct) =>
        await experiences.ArchiveAsync(id, user.ToActor(), ct) is { } archived ? TypedResults.Ok(archived) : TypedResults.NotFound();

    private static async Task<Results<Ok<TargetExperienceView>, NotFound>> RestoreAsync(Guid id, TargetExperienceService experiences,
        ClaimsPrincipal user, CancellationToken ct) =>
        await experiences.RestoreAsync(id, user.ToActor(), ct) is { } restored ? TypedResults.Ok(restored) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<VersionView>>, NotFound>> VersionsAsync(Guid id, TargetExperienceService experiences,
        CancellationToken ct) =>
        await experiences.VersionsAsync(id, ct) is { } versions ? TypedResults.Ok(versions) : TypedResults.NotFound();

    private static async Task<Results<Ok<VersionDiff>, NotFound>> DiffAsync(Guid id, int from, int to, TargetExperienceService experiences,
        CancellationToken ct) =>
        await experiences.DiffAsync(id, from, to, ct) is { } diff ? TypedResults.Ok(diff) : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<LinkView>, NotFound>> AddLinkAsync(Guid id, NewLink link, TargetExperienceService experiences,
        CancellationToken ct) =>
        await experiences.AddLinkAsync(id, link, ct) is { } added
            ? TypedResults.CreatedAtRoute(added, "GetTargetExperience", new { id })
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveLinkAsync(Guid id, Guid linkId, TargetExperienceService experiences, CancellationToken ct) =>
        await experiences.RemoveLinkAsync(id, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<AttainmentView>, NotFound>> AttainmentAsync(Guid id, AttainmentService attainment, CancellationToken ct,
        Guid? account = null, string? role = null, int? phase = null, string? period = null) =>
        await attainment.ForAsync(id, AttainmentSlice.Of(account, role, phase, period), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
