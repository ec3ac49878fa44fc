using System.CommandLine;
using Dyad.Cli.Common;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Data.Actions;
using Dyad.Data.Ingestion;

namespace Dyad.Cli.Imports;

/// <summary><c>dyad import accounts|stakeholders|occurrences|responses|events</c>: bulk files into a workspace.</summary>
internal static class ImportCommands
{
    public static Command Create(CommandRunner runner)
    {
        var import = new Command("import",
            "Imports a CSV or JSON Lines file of accounts, stakeholders, touchpoint occurrences, survey responses or critical events. " +
            "All or nothing, or with --resume in committed batches that a later --resume continues. Rows are matched by natural keys " +
            "(docs/ingestion.md), so importing a file again changes nothing.");
        foreach (var entity in Enum.GetValues<ImportEntity>())
        {
            import.Subcommands.Add(Entity(runner, entity));
        }
        return import;
    }

    private static Command Entity(CommandRunner runner, ImportEntity entity)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = "The file: CSV with a header row, or JSON Lines with one object per line; the same field names either way.",
            HelpName = "path",
            Required = true,
        }.AcceptExistingOnly();
        var workspace = CommonOptions.RequiredWorkspace();
        var format = new Option<string?>("--format")
        {
            Description = "csv or jsonl; by default .jsonl and .ndjson files are JSON Lines and others CSV.",
            HelpName = "csv|jsonl",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var resume = new Option<bool>("--resume")
        {
            Description = "For very large files: check the whole file, then commit in batches with a checkpoint; continue this file's " +
                          "stopped run after its last committed line; do nothing for a file whose run completed.",
        };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Records stored per batch (with --resume, per commit).",
            HelpName = "n",
            DefaultValueFactory = _ => ImportRequest.DefaultBatchSize,
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1.");
            }
        });
        var command = new Command(entity.ToText(), Describe(entity)) { file, workspace, format, resume, batch };
        var survey = entity == ImportEntity.Responses
            ? new Option<Guid>("--survey") { Description = "The open survey the responses answer (its id).", HelpName = "id", Required = true }
            : null;
        if (survey is not null)
        {
            command.Options.Add(survey);
        }
        runner.Handle(command, async run =>
        {
            var path = run.Value(file);
            var chosen = run.OptionalValue(format) is { } name && ImportFormats.TryParse(name, out var given) ? given : ImportFormats.FromFileName(path.Name);
            await using var session = await run.OpenWorkspaceAsync(run.Value(workspace));
            var request = new ImportRequest(entity, chosen, path.Name, () => path.OpenRead(), survey is null ? null : run.Value(survey),
                run.Value(resume), run.Value(batch));
            var progress = new ProgressReport(run.Output, Console.IsOutputRedirected || run.Output != Console.Out);
            ImportSummary summary;
            try
            {
                summary = await session.Get<BulkImport>().ImportAsync(request, progress, run.CancellationToken);
            }
            catch (ImportFileException bad)
            {
                progress.End();
                throw new CommandFailedException(
                    $"{path.Name}: {bad.Errors.Count} problem(s); nothing {(request.Resume ? "past the last checkpoint " : "")}was imported." +
                    $"{Environment.NewLine}{bad.Message}");
            }
            catch (ImportTargetMissingException missing)
            {
                throw new CommandFailedException(missing.Message);
            }
            catch (DomainValidationException refused)
            {
                throw new CommandFailedException($"{path.Name}: {refused.Message} Nothing was imported.");
            }
            progress.End();
            await run.Output.WriteLineAsync(Summary(summary, session.Workspace.Slug));
            if (entity == ImportEntity.Responses)
            {
                // No web app may be running to take the queue, so the CLI opens what its import queued before it exits.
                var opened = await session.Get<ResponseActionRule>().OpenQueuedAsync(run.CancellationToken);
                await run.Output.WriteLineAsync($"Opened {opened} follow-up action(s) for detractors and low scores.");
            }
        });
        return command;
    }

    private static string Summary(ImportSummary summary, string workspace) => summary.AlreadyImported
        ? $"{summary.FileName} was imported into workspace '{workspace}' already (run {summary.RunId}); nothing to do."
        : $"Imported {summary.FileName} into workspace '{workspace}'{(summary.Resumed ? ", resumed" : "")}: {summary.Inserted} inserted, " +
          $"{summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Rejected} rejected in {summary.Seconds:0.0} s.";

    private static string Describe(ImportEntity entity) => entity switch
    {
        ImportEntity.Accounts => "Accounts (name, relationship_type, customer_relationship_type, tier, annual_revenue, owner_email), matched by name.",
        ImportEntity.Stakeholders => "People (account, name, email, job_title, function, level, buying_centre_role, dmu), matched by e-mail within the account.",
        ImportEntity.Occurrences => "Touchpoint occurrences (touchpoint, account, occurred_at, note, stakeholder_emails), matched by touchpoint, time and note.",
        ImportEntity.Responses => "Survey responses in the wide layout 'dyad survey export' writes, matched by response_id or else by their content.",
        _ => "Critical events (account, journey, phase, occurred_on, title, what_happened, state_before, state_after, ...), matched by journey, phase, date and title.",
    };
}
