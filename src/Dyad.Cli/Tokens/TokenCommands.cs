using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tokens;

/// <summary><c>dyad tokens create</c>.</summary>
internal static class TokenCommands
{
    public static Command Create(CommandRunner runner) =>
        new("tokens", "Personal API tokens, for scripts and integrations calling the Dyad API.") { CreateToken(runner) };

    private static Command CreateToken(CommandRunner runner)
    {
        var email = CommonOptions.UserEmail("The e-mail address of the user the token acts as.");
        var name = new Option<string>("--name")
        {
            Description = "What the token is for, so it can be told apart and revoked later.",
            Required = true,
        };
        var create = new Command("create",
            "Creates an API token and prints it, alone on standard output, this one time.") { email, name };
        runner.Handle(create, async run =>
        {
            await using var scope = await run.OpenMigratedScopeAsync();
            var services = scope.ServiceProvider;
            var address = run.Value(email);
            var user = await services.GetRequiredService<UserManager<DyadUser>>().FindByEmailAsync(address.Trim())
                ?? throw new CommandFailedException($"No user has the e-mail '{address}'.");
            services.GetRequiredService<WorkspaceScope>().Enter(user.WorkspaceId);
            var issued = await services.GetRequiredService<ApiTokenService>().IssueAsync(user, run.Value(name), run.CancellationToken);
            await run.Error.WriteLineAsync($"Created the API token '{issued.Token.Name}' for {user.Email}:");
            await run.Output.WriteLineAsync(issued.Secret);
            await run.Error.WriteLineAsync("Copy it now: Dyad keeps only its hash, so it cannot be shown again.");
        });
        return create;
    }
}
