using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Core.Common;

namespace Dyad.Core.Workspaces;

/// <summary>What a workspace sets for its branding; only the display name is required.</summary>
public sealed record BrandingDetails(string DisplayName, string? AccentColour = null, string? LogoUrl = null, string? ThankYouText = null)
{
    public const int DisplayNameMaxLength = 200;
    public const int LogoUrlMaxLength = 500;
    public const int ThankYouTextMaxLength = 1000;
}

/// <summary>
/// How the provider firm presents itself to its customers on the respondent page: its name, accent colour, logo and
/// the thank-you it says after an answer. A customer answers the provider, not the tool.
/// </summary>
public sealed partial class WorkspaceBranding : IWorkspaceOwned
{
    /// <summary>Dyad's own blue, used until a workspace sets its colour.</summary>
    public const string DefaultAccentColour = "#1f4e79";

    private WorkspaceBranding() { }

    public WorkspaceBranding(Guid workspaceId, BrandingDetails details)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string AccentColour { get; private set; } = DefaultAccentColour;
    public string? LogoUrl { get; private set; }
    public string? ThankYouText { get; private set; }

    public void Update(BrandingDetails details)
    {
        var errors = new FieldErrors()
            .Require(nameof(details.DisplayName), details.DisplayName, BrandingDetails.DisplayNameMaxLength, "Display name")
            .MaxLength(nameof(details.ThankYouText), details.ThankYouText, BrandingDetails.ThankYouTextMaxLength, "Thank-you text")
            .MaxLength(nameof(details.LogoUrl), details.LogoUrl, BrandingDetails.LogoUrlMaxLength, "Logo URL");
        var colour = Blank.ToNull(details.AccentColour)?.ToLowerInvariant();
        if (colour is not null && !ColourPattern().IsMatch(colour))
        {
            errors.Add(nameof(details.AccentColour), "The accent colour is a hex colour such as #1f4e79.");
        }
        var logo = Blank.ToNull(details.LogoUrl);
        // Only web addresses: the logo is put in an img tag on a public page, where javascript: or data: has no place.
        if (logo is not null && (!Uri.TryCreate(logo, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(nameof(details.LogoUrl), "The logo URL is a full web address starting with https://.");
        }
        errors.ThrowIfAny();

        DisplayName = details.DisplayName.Trim();
        AccentColour = colour ?? DefaultAccentColour;
        LogoUrl = logo;
        ThankYouText = Blank.ToNull(details.ThankYouText);
    }

    /// <summary>
    /// Black or white, whichever contrasts more with the accent colour, so text on accent-coloured buttons stays
    /// readable whatever colour a workspace picks (WCAG 2.1 relative luminance and contrast ratio).
    /// </summary>
    public static string TextColourOn(string accentColour)
    {
        var luminance = RelativeLuminance(accentColour);
        var withWhite = 1.05 / (luminance + 0.05);
        var withBlack = (luminance + 0.05) / 0.05;
        return withWhite >= withBlack ? "#ffffff" : "#000000";
    }

    /// <summary>The WCAG 2.1 contrast ratio of two colours, from 1 (same) to 21 (black on white).</summary>
    public static double ContrastRatio(string first, string second)
    {
        var (a, b) = (RelativeLuminance(first), RelativeLuminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double RelativeLuminance(string colour)
    {
        double Channel(int offset)
        {
            var value = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex ColourPattern();
}
