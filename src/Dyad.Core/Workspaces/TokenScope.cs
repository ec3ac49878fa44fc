using System.Text;

namespace Dyad.Core.Workspaces;

public enum ScopeAccess
{
    Read,
    Write,
}

/// <summary>
/// What an API token may do: read or write one feature of the API (<c>surveys:write</c>), or every feature
/// (<c>*:read</c>). A feature is an API route group's tag in kebab case, so a new group is a new feature without
/// a second name to keep in step. Read and write are separate: an ingestion script may post responses without
/// reading them back. A scope never widens the owner's role, which the API checks as well.
/// </summary>
public readonly record struct TokenScope(string Feature, ScopeAccess Access)
{
    public const string AnyFeature = "*";

    public static TokenScope AllRead { get; } = new(AnyFeature, ScopeAccess.Read);
    public static TokenScope AllWrite { get; } = new(AnyFeature, ScopeAccess.Write);

    /// <summary>What a token issued before scopes existed keeps: all it could do then.</summary>
    public static IReadOnlyList<TokenScope> Everything { get; } = [AllRead, AllWrite];

    public bool Covers(TokenScope needed) =>
        Access == needed.Access && (Feature == AnyFeature || Feature == needed.Feature);

    public override string ToString() => $"{Feature}:{(Access == ScopeAccess.Read ? "read" : "write")}";

    /// <summary>The scope an HTTP request needs: a GET or HEAD reads, every other verb writes.</summary>
    public static TokenScope Needed(string feature, string httpMethod) =>
        new(feature, httpMethod is "GET" or "HEAD" ? ScopeAccess.Read : ScopeAccess.Write);

    /// <summary>The feature an API tag names: <c>Critical events</c> is <c>critical-events</c>.</summary>
    public static string FeatureOf(string tag)
    {
        var slug = new StringBuilder(tag.Length);
        foreach (var c in tag.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    public static bool TryParse(string? text, out TokenScope scope)
    {
        scope = default;
        var parts = (text ?? "").Trim().ToLowerInvariant().Split(':');
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            return false;
        }
        ScopeAccess? access = parts[1] switch
        {
            "read" => ScopeAccess.Read,
            "write" => ScopeAccess.Write,
            _ => null,
        };
        if (access is null || (parts[0] != AnyFeature && FeatureOf(parts[0]) != parts[0]))
        {
            return false;
        }
        scope = new TokenScope(parts[0], access.Value);
        return true;
    }
}
