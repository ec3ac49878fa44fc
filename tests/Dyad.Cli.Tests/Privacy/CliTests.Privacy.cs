using Dyad.Core.Privacy;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Privacy;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests;

public abstract partial class CliTests
{
    [Fact]
    public async Task Privacy_retention_deletes_the_invitations_older_than_the_workspaces_period()
    {
        await SeedDemoAsync();
        var nothingSet = await RunAsync("privacy", "retention", "--workspace", Workspace.DemoSlug);
        var cutoff = DateTimeOffset.UtcNow.AddMonths(-1);
        var old = await InDemoAsync(async services =>
        {
            await services.GetRequiredService<RetentionService>().UpdateAsync(new RetentionDetails(1, null));
            var db = services.GetRequiredService<DyadDbContext>();
            var survey = await db.Surveys.OrderBy(s => s.Name).FirstAsync();
            db.SurveyInvitations.Add(SurveyInvitation.Issue(survey, null, services.GetRequiredService<SurveyLinks>().Key, DateTimeOffset.UtcNow.AddMonths(-2), "former.buyer@customer.example"));
            await db.SaveChangesAsync();
            return await db.SurveyInvitations.CountAsync(i => i.CreatedAt < cutoff);
        });

        var applied = await RunAsync("privacy", "retention", "--workspace", Workspace.DemoSlug);

        Assert.Contains("has no retention periods; nothing to do", nothingSet.Output);
        Assert.True(applied.ExitCode == 0, applied.Error);
        Assert.True(old > 0);
        Assert.Contains($"{old} invitation(s) deleted, 0 response(s) unlinked", applied.Output);
        Assert.Equal(0, await InDemoAsync(services =>
            services.GetRequiredService<DyadDbContext>().SurveyInvitations.CountAsync(i => i.CreatedAt < cutoff)));
    }

    private async Task<T> InDemoAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Workspace.DemoSlug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        return await work(scope.ServiceProvider);
    }
}
