using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Data.Surveys.Distribution;

namespace Dyad.Cli.Surveys;

/// <summary><c>dyad participants import|export</c>: a survey's participant list as LimeSurvey-style CSV.</summary>
internal static class ParticipantCommands
{
    public static Command Create(CommandRunner runner) =>
        new("participants", "A survey's participant list in and out as CSV, in the columns of LimeSurvey's survey participants table.")
        {
            Import(runner),
            Export(runner),
        };

    private static Option<Guid> Survey() => new("--survey") { Description = "The survey's id.", HelpName = "id", Required = true };

    private static Command Import(CommandRunner runner)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = "The CSV list: firstname, lastname, email, emailstatus, token, language, validfrom, validuntil, attribute_1 <description> ..., account.",
            HelpName = "path",
            Required = true,
        }.AcceptExistingOnly();
        var workspace = CommonOptions.RequiredWorkspace();
        var survey = Survey();
        var import = new Command("import", "Invites a list's participants to a survey; all or nothing, and a second import adds nobody.")
        {
            workspace, survey, file,
        };
        runner.Handle(import, async run =>
        {
            var path = run.Value(file);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            ParticipantImportSummary summary;
            try
            {
                using var reader = path.OpenText();
                summary = await session.Get<ParticipantLists>().ImportAsync(run.Value(survey), reader, run.CancellationToken)
                          ?? throw new CommandFailedException($"There is no survey {run.Value(survey)} in workspace '{session.Workspace.Slug}'.");
            }
            catch (DomainValidationException refused)
            {
                var problems = refused.Errors.SelectMany(e => e.Value.Select(m => $"  {e.Key}: {m}"));
                throw new CommandFailedException($"{path.Name}: {refused.Errors.Count} problem(s); nothing was imported.{Environment.NewLine}" +
                                                 string.Join(Environment.NewLine, problems));
            }
            await run.Output.WriteLineAsync(
                $"{path.Name}: {summary.Invited} of {summary.Rows} participant(s) invited ({summary.Suppressed} held back by the fatigue cap); " +
                $"{summary.MatchedStakeholders} known stakeholder(s), {summary.CreatedStakeholders} new, {summary.BareAddresses} bare address(es); " +
                $"{summary.Skipped.Count} skipped.");
            foreach (var note in summary.Skipped.Concat(summary.Changed).OrderBy(n => n.Row))
            {
                await run.Output.WriteLineAsync($"  row {note.Row} ({note.Email ?? "no address"}): {note.Message}");
            }
        });
        return import;
    }

    private static Command Export(CommandRunner runner)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = "Where to write the CSV list (replaced if it exists).",
            HelpName = "path",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var workspace = CommonOptions.RequiredWorkspace();
        var survey = Survey();
        var export = new Command("export", "Writes a survey's participants with their tracking to a CSV list that the import, or LimeSurvey, reads back.")
        {
            workspace, survey, file,
        };
        runner.Handle(export, async run =>
        {
            var path = run.Value(file);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            var written = new StringWriter();
            var count = await session.Get<ParticipantLists>().ExportAsync(run.Value(survey), written, run.CancellationToken)
                        ?? throw new CommandFailedException($"There is no survey {run.Value(survey)} in workspace '{session.Workspace.Slug}'.");
            await File.WriteAllTextAsync(path.FullName, written.ToString(), run.CancellationToken);
            await run.Output.WriteLineAsync($"Exported {count} participant(s) of survey {run.Value(survey)} to {path.FullName}.");
        });
        return export;
    }
}
