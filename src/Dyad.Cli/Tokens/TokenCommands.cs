using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tokens;

/// <summary><c>dyad tokens issue</c>.</summary>
internal static class TokenCommands
{
    public static Command Create(CommandRunner runner) =>
        new("tokens", "Personal API tokens, for scripts and integrations calling the Dyad API.") { Issue(runner) };

    private static Command Issue(CommandRunner runner)
    {
        var email = CommonOptions.UserEmail("The e-mail address of the user the token acts as.");
        var name = new Option<string>("--name")
        {
            Description = "What the token is for, so it can be told apart and revoked later.",
            Required = true,
        };
        var scopes = new Option<string[]>("--scope")
        {
            Description = "What the token may do, repeated or comma-separated: feature:read or feature:write, or *:read and *:write " +
                          $"for every feature. Features: {string.Join(", ", ApiFeatures.All)}.",
            HelpName = "feature:access",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var expiresInDays = new Option<int?>("--expires-in-days")
        {
            Description = "Days until the token stops working by itself; it lasts until revoked when not given.",
            HelpName = "days",
        };
        var issue = new Command("issue",
            "Issues an API token and prints it, alone on standard output, this one time.") { email, name, scopes, expiresInDays };
        // The command's first name, kept so existing scripts keep working.
        issue.Aliases.Add("create");
        runner.Handle(issue, async run =>
        {
            await using var scope = await run.OpenMigratedScopeAsync();
            var services = scope.ServiceProvider;
            var address = run.Value(email);
            var user = await services.GetRequiredService<UserManager<DyadUser>>().FindByEmailAsync(address.Trim())
                ?? throw new CommandFailedException($"No user has the e-mail '{address}'.");
            services.GetRequiredService<WorkspaceScope>().Enter(user.WorkspaceId);
            var requested = run.Value(scopes).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var expiresAt = run.OptionalValue(expiresInDays) is { } days ? services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(days) : (DateTimeOffset?)null;
            var issued = await services.GetRequiredService<ApiTokenService>()
                .IssueAsync(user, run.Value(name), requested, expiresAt, run.CancellationToken);
            await run.Error.WriteLineAsync(
                $"Issued the API token '{issued.Token.Name}' for {user.Email} with {string.Join(" ", issued.Token.Scopes)}" +
                (issued.Token.ExpiresAt is { } expiry ? $", until {expiry:yyyy-MM-dd HH:mm} UTC:" : ":"));
            await run.Output.WriteLineAsync(issued.Secret);
            await run.Error.WriteLineAsync("Copy it now: Dyad keeps only its hash, so it cannot be shown again.");
        });
        return issue;
    }
}
