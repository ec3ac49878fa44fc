using Dyad.Core.Surveys.Distribution;
using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>
/// Builds the respondent's personal link from the address people reach Dyad at (<c>Dyad:PublicUrl</c>) and the token
/// the survey link key derives for the invitation.
/// </summary>
public sealed class SurveyLinks(Uri publicUrl, Func<InvitationLinkKey> linkKey)
{
    public const string PublicUrlKey = "Dyad:PublicUrl";
    public const string DefaultPublicUrl = "http://localhost:5080";

    private readonly Lazy<InvitationLinkKey> _key = new(linkKey);

    public static SurveyLinks From(IConfiguration configuration, DatabaseSettings database)
    {
        var value = configuration[PublicUrlKey];
        return new SurveyLinks(new Uri(string.IsNullOrWhiteSpace(value) ? DefaultPublicUrl : value),
            () => SurveyLinkKeyStore.Load(configuration, database.DataDirectory));
    }

    /// <summary>The public address without a trailing slash, for other links people outside are given.</summary>
    public string PublicBase => publicUrl.ToString().TrimEnd('/');

    /// <summary>Read on first use, so a command that sends no survey never creates a key file.</summary>
    public InvitationLinkKey Key => _key.Value;

    /// <summary>The invitation's link; null when its token did not come from Dyad's key and only the person holds it.</summary>
    public string? For(SurveyInvitation invitation) => invitation.TokenFrom(Key) is { } token ? $"{PublicBase}/s/{token}" : null;
}
