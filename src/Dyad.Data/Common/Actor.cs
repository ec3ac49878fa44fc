namespace Dyad.Data.Common;

/// <summary>Who makes a change, recorded in histories: a signed-in user or the command line.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static Actor CommandLine { get; } = new(null, "dyad command line");
}
