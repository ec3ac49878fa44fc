using Dyad.Core.Coding;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data.Coding;
using Dyad.Data.Events;
using Dyad.Data.Practices;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Coding;

/// <summary>Moves a practice into an aggregate dimension, or out of every dimension with null.</summary>
public sealed record DimensionMove(Guid? DimensionId);

/// <summary>
/// The Gioia data structure: first-order codes grouped into second-order practices, grouped into aggregate
/// dimensions. Putting codes on evidence is contributing (see the evidence endpoints); shaping the structure is configuring.
/// </summary>
public static class CodesApi
{
    public static IEndpointRouteBuilder MapCodesApi(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup("/api/v1/codes").WithTags("Coding").RequirePermission(Permission.Read);
        codes.MapGet("/", DataStructureAsync)
            .WithSummary("The data structure as a tree: dimensions, their practices, each practice's first-order codes; codes not yet grouped apart.");
        codes.MapGet("/{id:guid}", GetCodeAsync).HasETag<FirstOrderCode>().WithName("GetCode");
        codes.MapPost("/", CreateCodeAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a first-order code, grouped into a practice or not.");
        codes.MapPut("/{id:guid}", ReviseCodeAsync).HasETag<FirstOrderCode>().RequirePermission(Permission.Configure)
            .WithSummary("Relabels a code and groups it into a practice (or none, with null); all evidence coded with it follows.");
        codes.MapDelete("/{id:guid}", DeleteCodeAsync).HasETag<FirstOrderCode>().RequirePermission(Permission.Configure)
            .WithSummary("Deletes a code and takes it off all evidence.");

        codes.MapGet("/dimensions/{id:guid}", GetDimensionAsync).HasETag<AggregateDimension>().WithName("GetDimension")
            .WithSummary("An aggregate dimension with its practices and their codes.");
        codes.MapPost("/dimensions", CreateDimensionAsync).RequirePermission(Permission.Configure);
        codes.MapPut("/dimensions/{id:guid}", ReviseDimensionAsync).HasETag<AggregateDimension>().RequirePermission(Permission.Configure)
            .WithSummary("Renames a dimension or changes its description.");
        codes.MapDelete("/dimensions/{id:guid}", DeleteDimensionAsync).HasETag<AggregateDimension>().RequirePermission(Permission.Configure)
            .WithSummary("Deletes a dimension; its practices stay, in no dimension.");
        codes.MapPut("/practices/{practiceId:guid}/dimension", MovePracticeAsync).HasETag<Practice>("practiceId").RequirePermission(Permission.Configure)
            .WithSummary("Moves a practice into another aggregate dimension, or out of all with a null dimensionId.");
        return app;
    }

    private static async Task<Ok<DataStructure>> DataStructureAsync(CodingService coding, CancellationToken ct) =>
        TypedResults.Ok(await coding.DataStructureAsync(ct));

    private static async Task<Results<Ok<CodeView>, NotFound>> GetCodeAsync(Guid id, CodingService coding, CancellationToken ct) =>
        await CodeAsync(coding, id, ct) is { } code ? TypedResults.Ok(code) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<CodeView>> CreateCodeAsync(CodeDraft draft, CodingService coding, CancellationToken ct)
    {
        var id = await coding.CreateCodeAsync(draft, ct);
        return TypedResults.CreatedAtRoute((await CodeAsync(coding, id, ct))!, "GetCode", new { id });
    }

    private static async Task<Results<Ok<CodeView>, NotFound>> ReviseCodeAsync(Guid id, CodeDraft draft, CodingService coding, CancellationToken ct) =>
        await coding.ReviseCodeAsync(id, draft, ct) ? TypedResults.Ok((await CodeAsync(coding, id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteCodeAsync(Guid id, CodingService coding, CancellationToken ct) =>
        await coding.DeleteCodeAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<DimensionNode>, NotFound>> GetDimensionAsync(Guid id, CodingService coding, CancellationToken ct) =>
        await DimensionAsync(coding, id, ct) is { } dimension ? TypedResults.Ok(dimension) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<DimensionNode>> CreateDimensionAsync(DimensionDraft draft, CodingService coding, CancellationToken ct)
    {
        var id = await coding.CreateDimensionAsync(draft, ct);
        return TypedResults.CreatedAtRoute((await DimensionAsync(coding, id, ct))!, "GetDimension", new { id });
    }

    private static async Task<Results<Ok<DimensionNode>, NotFound>> ReviseDimensionAsync(Guid id, DimensionDraft draft, CodingService coding, CancellationToken ct) =>
        await coding.ReviseDimensionAsync(id, draft, ct) ? TypedResults.Ok((await DimensionAsync(coding, id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteDimensionAsync(Guid id, CodingService coding, CancellationToken ct) =>
        await coding.DeleteDimensionAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<PracticeView>, NotFound>> MovePracticeAsync(
        Guid practiceId, DimensionMove move, CodingService coding, PracticeService practices, CancellationToken ct) =>
        await coding.MovePracticeAsync(practiceId, move.DimensionId, ct) ? TypedResults.Ok((await practices.GetAsync(practiceId, ct))!) : TypedResults.NotFound();

    private static async Task<CodeView?> CodeAsync(CodingService coding, Guid id, CancellationToken ct) =>
        await coding.GetCodeAsync(id, ct) is { } draft ? new CodeView(id, draft.Label, draft.PracticeId) : null;

    /// <summary>A dimension as the tree shows it; the tree is small (one workspace's catalogue), so it is read whole.</summary>
    private static async Task<DimensionNode?> DimensionAsync(CodingService coding, Guid id, CancellationToken ct) =>
        (await coding.DataStructureAsync(ct)).Dimensions.SingleOrDefault(d => d.Id == id);
}
