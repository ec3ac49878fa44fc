using System.CommandLine;
using Dyad.Core.Workspaces;

namespace Dyad.Cli.Common;

/// <summary>Options several commands share, spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string> RequiredWorkspace() => new("--workspace")
    {
        Description = "The workspace's slug.",
        HelpName = "slug",
        Required = true,
    };

    public static Option<string> WorkspaceOrDemo() => new("--workspace")
    {
        Description = $"The workspace's slug; '{Workspace.DemoSlug}' when not given.",
        HelpName = "slug",
        DefaultValueFactory = _ => Workspace.DemoSlug,
    };

    public static Option<string> UserEmail(string description) => new("--email")
    {
        Description = description,
        HelpName = "address",
        Required = true,
    };
}
