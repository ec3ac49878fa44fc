using System.CommandLine;

namespace Dyad.Cli.Common;

/// <summary>One invocation of a command: its parsed options and where to write.</summary>
internal class CommandInvocation(ParseResult parse, CancellationToken cancellationToken)
{
    public TextWriter Output => parse.InvocationConfiguration.Output;

    /// <summary>For messages around a result, so <c>$(dyad ...)</c> captures only the result.</summary>
    public TextWriter Error => parse.InvocationConfiguration.Error;

    public CancellationToken CancellationToken => cancellationToken;

    public T Value<T>(Option<T> option) => parse.GetRequiredValue(option);

    public T? OptionalValue<T>(Option<T> option) => parse.GetValue(option);
}
