using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>Builds the respondent's personal link from the address people reach Dyad at (<c>Dyad:PublicUrl</c>).</summary>
public sealed class SurveyLinks(Uri publicUrl)
{
    public const string PublicUrlKey = "Dyad:PublicUrl";
    public const string DefaultPublicUrl = "http://localhost:5080";

    public static SurveyLinks From(IConfiguration configuration)
    {
        var value = configuration[PublicUrlKey];
        return new SurveyLinks(new Uri(string.IsNullOrWhiteSpace(value) ? DefaultPublicUrl : value));
    }

    /// <summary>The public address without a trailing slash, for other links people outside are given.</summary>
    public string PublicBase => publicUrl.ToString().TrimEnd('/');

    public string For(string token) => $"{PublicBase}/s/{token}";
}
