namespace Dyad.Cli.Common;

/// <summary>A command cannot do what was asked for a reason the user can fix; the message says how.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
