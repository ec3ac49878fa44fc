using System.CommandLine;
using System.Data.Common;
using Dyad.Core.Common;
using Dyad.Data;
using Dyad.Data.Audit;
using Dyad.Data.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Common;

/// <summary>
/// Gives the commands that need it the services of the configured database, and turns the failures a user
/// can fix into one line on stderr and exit code 1; anything else is a bug and keeps its stack trace.
/// </summary>
internal sealed class CommandRunner(IConfiguration configuration)
{
    public const int Failed = 1;

    public void Handle(Command command, Func<CommandRun, Task> work) =>
        SetAction(command, async (parse, cancellationToken) =>
        {
            var settings = ReadSettings();
            await using var services = BuildServices();
            try
            {
                await work(new CommandRun(parse, services, cancellationToken));
            }
            catch (DbException ex)
            {
                throw new CommandFailedException($"The {settings.Describe()} could not be used: {ex.Message}");
            }
        });

    /// <summary>
    /// For commands that work on files alone: no database setting is read and no service is built, so they
    /// run on any machine, configured or not.
    /// </summary>
    public void HandleWithoutDatabase(Command command, Func<CommandInvocation, Task> work) =>
        SetAction(command, (parse, cancellationToken) => work(new CommandInvocation(parse, cancellationToken)));

    private static void SetAction(Command command, Func<ParseResult, CancellationToken, Task> work) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await work(parse, cancellationToken);
                return 0;
            }
            catch (Exception ex) when (ex is CommandFailedException or DomainValidationException or ConflictException
                                           or IOException or UnauthorizedAccessException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Error: {ex.Message}");
                return Failed;
            }
        });

    private DatabaseSettings ReadSettings()
    {
        try
        {
            return DatabaseSettings.From(configuration);
        }
        catch (InvalidOperationException ex)
        {
            // An unknown provider, or PostgreSQL without a connection string: the message names the setting.
            throw new CommandFailedException(ex.Message);
        }
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        // Identity and EF Core want loggers; with no provider added they stay silent, so output is only the command's.
        services.AddLogging();
        services.AddSingleton(new DefaultAuditActor(AuditActor.CommandLine(Environment.UserName)));
        services.AddDyadData(configuration);
        services.AddDyadIdentityCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
