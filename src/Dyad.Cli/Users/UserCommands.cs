using System.CommandLine;
using System.CommandLine.Parsing;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;

namespace Dyad.Cli.Users;

/// <summary><c>dyad users add</c>.</summary>
internal static class UserCommands
{
    /// <summary>Highest first, the order an administrator reads them in.</summary>
    private static readonly string RoleNames =
        string.Join(", ", Enum.GetValues<DyadRole>().Reverse().Select(role => role.ToText()));

    public static Command Create(CommandRunner runner) =>
        new("users", "People of the provider firm who sign in to Dyad.") { Add(runner) };

    private static Command Add(CommandRunner runner)
    {
        var workspace = CommonOptions.RequiredWorkspace();
        var email = CommonOptions.UserEmail("The user's e-mail address, which they sign in with; unique across workspaces.");
        var role = new Option<DyadRole>("--role")
        {
            Description = $"What the user may do: one of {RoleNames}.",
            HelpName = "role",
            Required = true,
            CustomParser = ParseRole,
        };
        var password = new Option<string>("--password")
        {
            Description = "At least ten characters with a digit; when not given, one is generated and shown once.",
        };
        var name = new Option<string>("--name")
        {
            Description = "The name others see; the e-mail address's local part when not given.",
        };
        var add = new Command("add", "Adds a user to a workspace.") { workspace, email, role, password, name };
        runner.Handle(add, async run =>
        {
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            var added = await session.Get<UserAdministration>().AddAsync(
                session.Workspace.Id,
                new NewUser(run.Value(email), run.Value(role), run.OptionalValue(name), run.OptionalValue(password)),
                run.CancellationToken);
            await run.Output.WriteLineAsync(
                $"Added {added.User.Email} ({added.User.DisplayName}) to workspace '{session.Workspace.Slug}' as {added.User.Role.ToLabel()}.");
            if (added.GeneratedPassword is { } generated)
            {
                await run.Output.WriteLineAsync($"Password: {generated}");
                await run.Output.WriteLineAsync("Pass it on now; it is not stored readably and cannot be shown again.");
            }
        });
        return add;
    }

    private static DyadRole ParseRole(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (!EnumText.TryParse<DyadRole>(text, out var role))
        {
            result.AddError($"'{text}' is not a role; use one of {RoleNames}.");
        }
        return role;
    }
}
