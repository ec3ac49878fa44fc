using Dyad.Data.Surveys.Distribution;
using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Portal;

/// <summary>
/// Where portal documents are kept and how big one may be (<c>Dyad:Portal:*</c>), and the address customers reach Dyad at
/// (<c>Dyad:PublicUrl</c>, the same as survey links).
/// </summary>
public sealed record PortalSettings(string StorageFolder, long MaximumBytes, Uri PublicUrl)
{
    public const string StorageFolderKey = "Dyad:Portal:StorageFolder";
    public const string MaximumMegabytesKey = "Dyad:Portal:MaximumFileMegabytes";
    /// <summary>Under the web server's 30 MB request limit, so a file too big is refused with this limit's message.</summary>
    public const int DefaultMaximumMegabytes = 25;

    public static PortalSettings From(IConfiguration configuration, DatabaseSettings database)
    {
        var folder = configuration[StorageFolderKey];
        var publicUrl = configuration[SurveyLinks.PublicUrlKey];
        return new PortalSettings(
            Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? Path.Combine(database.DataDirectory, "portal-documents") : folder),
            configuration.GetValue(MaximumMegabytesKey, DefaultMaximumMegabytes) * 1024L * 1024L,
            new Uri(string.IsNullOrWhiteSpace(publicUrl) ? SurveyLinks.DefaultPublicUrl : publicUrl));
    }

    public string Link(string path) => $"{PublicUrl.ToString().TrimEnd('/')}/{path.TrimStart('/')}";
}
