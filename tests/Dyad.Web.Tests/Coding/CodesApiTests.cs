using System.Net;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data.Coding;
using Dyad.Data.Events;
using Dyad.Data.Practices;
using Dyad.Web.Coding;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Coding;

public abstract class CodesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static async Task<PracticeView> PracticeAsync(HttpClient client, string key) =>
        (await (await client.GetAsync("/api/v1/practices")).ReadAsync<List<PracticeView>>()).Single(p => p.Key == key);

    [Fact]
    public async Task The_demo_data_structure_groups_its_practices_into_facilitating_and_destructing_dimensions()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        var structure = await (await viewer.GetAsync("/api/v1/codes")).ReadAsync<DataStructure>();

        var facilitating = structure.Dimensions.Single(d => d.Name == Core.Coding.AggregateDimension.Facilitating);
        var destructing = structure.Dimensions.Single(d => d.Name == Core.Coding.AggregateDimension.Destructing);
        Assert.Equal(11, facilitating.Practices.Count);
        Assert.Equal(4, destructing.Practices.Count);
        Assert.All(destructing.Practices, p => Assert.Equal(PracticePolarity.Destructing, p.Polarity));
        // The demo groups a case's first-order codes only where the case has a single practice; the rest wait for a coder.
        Assert.NotEmpty(structure.UngroupedCodes);
        Assert.Contains(structure.Dimensions.SelectMany(d => d.Practices), p => p.Codes.Count > 0);
    }

    [Fact]
    public async Task A_practice_moves_between_dimensions_and_stays_when_its_dimension_is_deleted()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        // A practice of this test's own, so the demo's structure stays as seeded for the other tests.
        var relation = await (await cxManager.PostJsonAsync("/api/v1/practices",
            new PracticeDraft("Hosting user days", "Invites the customer's users to a yearly day with the product team.", PracticePolarity.Facilitating, [])))
            .ReadAsync<PracticeView>(HttpStatusCode.Created);

        var refused = await contributor.PostJsonAsync("/api/v1/codes/dimensions", new DimensionDraft("Relationship work", null));
        var response = await cxManager.PostJsonAsync("/api/v1/codes/dimensions", new DimensionDraft("Relationship work", "Looking beyond the deal."));
        var dimension = await response.ReadAsync<DimensionNode>(HttpStatusCode.Created);
        var moved = await (await cxManager.PutJsonAsync($"/api/v1/codes/practices/{relation.Id}/dimension", new DimensionMove(dimension.Id))).ReadAsync<PracticeView>();
        var withPractice = await (await cxManager.GetAsync($"/api/v1/codes/dimensions/{dimension.Id}")).ReadAsync<DimensionNode>();
        var renamed = await (await cxManager.PutJsonAsync($"/api/v1/codes/dimensions/{dimension.Id}", new DimensionDraft("Relationship care", null))).ReadAsync<DimensionNode>();
        var deleted = await cxManager.DeleteAsync($"/api/v1/codes/dimensions/{dimension.Id}");
        var after = await (await cxManager.GetAsync("/api/v1/codes")).ReadAsync<DataStructure>();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal($"/api/v1/codes/dimensions/{dimension.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal(dimension.Id, moved.DimensionId);
        Assert.Equal([relation.Id], withPractice.Practices.Select(p => p.Id));
        Assert.Equal("Relationship care", renamed.Name);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var ungrouped = after.Dimensions.Single(d => d.Id is null);
        Assert.Equal(CodingService.UngroupedPractices, ungrouped.Name);
        Assert.Contains(ungrouped.Practices, p => p.Id == relation.Id);
    }

    [Fact]
    public async Task First_order_codes_are_added_relabelled_and_deleted_by_whoever_configures_the_structure()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var expectations = await PracticeAsync(cxManager, PracticeKeys.ManagingExpectations);

        var refused = await contributor.PostJsonAsync("/api/v1/codes", new CodeDraft("promising a date", null));
        var created = await (await cxManager.PostJsonAsync("/api/v1/codes", new CodeDraft("promising a date", expectations.Id))).ReadAsync<CodeView>(HttpStatusCode.Created);
        var twice = await cxManager.PostJsonAsync("/api/v1/codes", new CodeDraft("promising a date", null));
        var relabelled = await (await cxManager.PutJsonAsync($"/api/v1/codes/{created.Id}", new CodeDraft("promising a delivery date", null))).ReadAsync<CodeView>();
        var unknownPractice = await (await cxManager.PutJsonAsync($"/api/v1/codes/{created.Id}", new CodeDraft("promising a delivery date", Guid.NewGuid()))).ValidationErrorsAsync();
        var deleted = await cxManager.DeleteAsync($"/api/v1/codes/{created.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(expectations.Id, created.PracticeId);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(new CodeView(created.Id, "promising a delivery date", null), relabelled);
        Assert.Contains("practiceId", unknownPractice.Keys);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cxManager.GetAsync($"/api/v1/codes/{created.Id}")).StatusCode);
    }
}

public sealed class CodesApiOnSqlite(SqliteApp app) : CodesApiTests<SqliteApp>(app);

public sealed class CodesApiOnPostgres(PostgresApp app) : CodesApiTests<PostgresApp>(app);
