using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Privacy;

namespace Dyad.Cli.Privacy;

/// <summary><c>dyad privacy retention</c>: applies a workspace's retention periods now, as the web app's daily job does.</summary>
internal static class PrivacyCommands
{
    public static Command Create(CommandRunner runner)
    {
        var workspace = CommonOptions.RequiredWorkspace();
        var retention = new Command("retention",
            "Deletes invitations and unlinks responses from their stakeholders once older than the workspace's retention periods.") { workspace };
        runner.Handle(retention, async run =>
        {
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            var service = session.Get<RetentionService>();
            var policy = await service.GetAsync(run.CancellationToken);
            if (policy.InvitationMonths is null && policy.ResponseLinkMonths is null)
            {
                await run.Output.WriteLineAsync($"Workspace '{session.Workspace.Slug}' has no retention periods; nothing to do.");
                return;
            }
            var result = await service.ApplyAsync(DateTimeOffset.UtcNow, run.CancellationToken);
            await run.Output.WriteLineAsync(
                $"Workspace '{session.Workspace.Slug}': {result.InvitationsDeleted} invitation(s) deleted, " +
                $"{result.ResponsesUnlinked} response(s) unlinked from their stakeholder.");
        });
        return new Command("privacy", "Personal data: retention periods.") { retention };
    }
}
