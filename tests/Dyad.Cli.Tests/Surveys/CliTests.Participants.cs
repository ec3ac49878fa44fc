using Dyad.Core.Workspaces;
using Dyad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests;

public abstract partial class CliTests
{
    [Fact]
    public async Task Participants_import_invites_a_list_once_refuses_a_bad_one_whole_and_export_writes_it_back()
    {
        await SeedDemoAsync();
        var survey = (await InDemoAsync(services => services.GetRequiredService<DyadDbContext>().Surveys.OrderBy(s => s.Name).FirstAsync())).Id.ToString();
        var list = Path.Combine(_directory, "participants.csv");
        var bad = Path.Combine(_directory, "bad.csv");
        var exported = Path.Combine(_directory, "exported.csv");
        await File.WriteAllTextAsync(list, """
            firstname,lastname,email,attribute_1 <Department>
            Ada,Moss,ada.moss@cli.example,Planning
            Ada,Moss,ada.moss@cli.example,Planning
            """);
        await File.WriteAllTextAsync(bad, "email,validfrom\nbo.ek@cli.example,soon\n");
        string[] Args(string verb, string file) => ["participants", verb, "--workspace", Workspace.DemoSlug, "--survey", survey, "--file", file];

        var first = await RunAsync(Args("import", list));
        var second = await RunAsync(Args("import", list));
        var refused = await RunAsync(Args("import", bad));
        var export = await RunAsync(Args("export", exported));

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("1 of 2 participant(s) invited", first.Output);
        Assert.Contains("row 3 (ada.moss@cli.example): The same address as row 2.", first.Output);
        Assert.Contains("0 of 2 participant(s) invited", second.Output);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("row 2, column validfrom: 'soon' is not a time", refused.Error);
        Assert.True(export.ExitCode == 0, export.Error);
        var lines = await File.ReadAllLinesAsync(exported);
        Assert.EndsWith(",attribute_1 <Department>", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Ada,Moss,ada.moss@cli.example,OK,", StringComparison.Ordinal) && l.EndsWith(",Planning", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("bo.ek@cli.example", StringComparison.Ordinal));
    }
}
