using System.Text.RegularExpressions;
using Dyad.Core.Common;

namespace Dyad.Core.Workspaces;

/// <summary>One provider firm (tenant). Nothing crosses workspaces.</summary>
public sealed partial class Workspace
{
    public const string DemoSlug = "demo";

    private Workspace() { }

    public Workspace(string slug, string name)
    {
        new FieldErrors()
            .Require(nameof(Name), name, 200, "Name")
            .Require(nameof(Slug), slug, 60, "Slug")
            .ThrowIfAny();
        if (!SlugPattern().IsMatch(slug))
        {
            throw DomainValidationException.For(nameof(Slug), "Slug may hold only lower-case letters, digits and hyphens.");
        }
        Id = Guid.NewGuid();
        Slug = slug;
        Name = name.Trim();
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether staff must sign in with an authenticator app as well as a password (set by an admin).</summary>
    public bool RequiresTwoFactor { get; private set; }

    public void RequireTwoFactor(bool required) => RequiresTwoFactor = required;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
