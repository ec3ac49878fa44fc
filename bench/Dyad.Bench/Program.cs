using Dyad.Bench;

return await BenchCommand.RunAsync(args);
