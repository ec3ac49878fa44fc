using Dyad.Cli;
using Microsoft.Extensions.Configuration;

// Environment variables only (DYAD_DATA_DIR, Dyad__Database__Provider, Dyad__Database__ConnectionString),
// so the command line works on the same database as the server started in the same environment.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
return await DyadCli.RunAsync(args, Console.Out, Console.Error, configuration);
