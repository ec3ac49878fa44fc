using System.Security.Cryptography;
using Dyad.Core.Surveys.Distribution;
using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>
/// Where the survey link key lives: <c>Dyad:SurveyLinkKey</c> (base64, at least 32 bytes) when configured, which is how
/// several web nodes share one; otherwise a file in the data folder, made on first use, so a single server keeps its
/// links working across restarts. Losing the key does not lose answers, but links already sent stop opening.
/// </summary>
public static class SurveyLinkKeyStore
{
    public const string ConfigurationKey = "Dyad:SurveyLinkKey";
    public const string FileName = "survey-link.key";

    public static InvitationLinkKey Load(IConfiguration configuration, string dataDirectory)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            return FromBase64(configured, ConfigurationKey);
        }
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            CreateOnce(path);
        }
        return FromBase64(File.ReadAllText(path), path);
    }

    /// <summary>Written aside and moved into place, so two processes starting at once agree on the one that landed first.</summary>
    private static void CreateOnce(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fresh = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(fresh, Convert.ToBase64String(RandomNumberGenerator.GetBytes(InvitationLinkKey.SecretBytes)));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fresh, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            File.Move(fresh, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(fresh);
        }
    }

    private static InvitationLinkKey FromBase64(string text, string source)
    {
        try
        {
            return new InvitationLinkKey(Convert.FromBase64String(text.Trim()));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"The survey link key in {source} is not base64 of at least {InvitationLinkKey.SecretBytes} bytes.", ex);
        }
    }
}
