using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Data.Surveys;

namespace Dyad.Cli.Surveys;

/// <summary><c>dyad survey export</c>: a survey's responses as the wide CSV that <c>dyad import responses</c> reads back.</summary>
internal static class SurveyResponseFiles
{
    private const string Format =
        "one row per response, one column per question key (a matrix: key.row; choices: option keys separated by ';'), " +
        "and optionally response_id, submitted_at, account, stakeholder_email and language";

    public static Command Export(CommandRunner runner)
    {
        var survey = Survey();
        var output = new Option<FileInfo>("--output")
        {
            Description = $"Where to write the CSV file (replaced if it exists): {Format}.",
            HelpName = "path",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var workspace = CommonOptions.WorkspaceOrDemo();
        var command = new Command("export",
            "Writes a survey's responses to a CSV file that 'dyad import responses' reads back. Cells starting with = + - @ get a leading " +
            "quote, so a spreadsheet does not run them as formulas.")
        {
            survey,
            output,
            workspace,
        };
        runner.Handle(command, async run =>
        {
            var path = run.Value(output);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            // Written in memory first, so an unknown survey leaves no empty file behind.
            await using var buffer = new StringWriter();
            var count = await session.Get<SurveyResponseCsv>().ExportAsync(run.Value(survey), buffer, run.CancellationToken)
                        ?? throw NoSurvey(run.Value(survey), session);
            await File.WriteAllTextAsync(path.FullName, buffer.ToString(), run.CancellationToken);
            await run.Output.WriteLineAsync($"Exported {count} response(s) to {path.FullName}.");
        });
        return command;
    }

    private static Option<Guid> Survey() => new("--survey")
    {
        Description = "The survey's id, as the API and the survey's address show it.",
        HelpName = "id",
        Required = true,
    };

    private static CommandFailedException NoSurvey(Guid survey, WorkspaceSession session) =>
        new($"There is no survey {survey} in workspace '{session.Workspace.Slug}'.");
}
