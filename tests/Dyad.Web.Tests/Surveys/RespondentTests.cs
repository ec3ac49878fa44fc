using Dyad.Data.Surveys.Respondents;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Surveys;

public abstract class RespondentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    [Fact]
    public async Task Unknown_token_is_null()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<RespondentService>().OpenInvitationAsync("nope", cts.Token));
    }
}

public sealed class RespondentTestsOnSqlite(SqliteApp app) : RespondentTests<SqliteApp>(app);
