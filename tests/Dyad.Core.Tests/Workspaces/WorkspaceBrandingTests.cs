using Dyad.Core.Common;
using Dyad.Core.Workspaces;

namespace Dyad.Core.Tests.Workspaces;

public class WorkspaceBrandingTests
{
    [Fact]
    public void Branding_keeps_a_lower_case_colour_and_falls_back_to_the_default_colour()
    {
        var branding = new WorkspaceBranding(Guid.NewGuid(), new BrandingDetails(" Kone Works ", "#AA3300", " https://example.com/logo.svg ", " "));

        Assert.Equal(("Kone Works", "#aa3300", "https://example.com/logo.svg", null), (branding.DisplayName, branding.AccentColour, branding.LogoUrl, branding.ThankYouText));
        branding.Update(new BrandingDetails("Kone Works"));
        Assert.Equal(WorkspaceBranding.DefaultAccentColour, branding.AccentColour);
    }

    [Fact]
    public void A_colour_that_is_not_hex_and_a_logo_that_is_not_a_web_address_are_refused_by_field()
    {
        var refusal = Assert.Throws<DomainValidationException>(() =>
            new WorkspaceBranding(Guid.NewGuid(), new BrandingDetails("", "red", "javascript:alert(1)")));

        Assert.Equal(["AccentColour", "DisplayName", "LogoUrl"], refusal.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("#1f4e79", "#ffffff")]
    [InlineData("#ffd500", "#000000")]
    [InlineData("#000000", "#ffffff")]
    [InlineData("#ffffff", "#000000")]
    public void Text_on_the_accent_colour_is_black_or_white_whichever_contrasts_more(string accent, string text)
    {
        Assert.Equal(text, WorkspaceBranding.TextColourOn(accent));
        // WCAG AA for large text and controls: at least 3:1 whatever colour a workspace picks.
        Assert.True(WorkspaceBranding.ContrastRatio(accent, text) >= 3);
    }

    [Fact]
    public void The_contrast_of_black_on_white_is_21()
    {
        Assert.Equal(21, WorkspaceBranding.ContrastRatio("#000000", "#ffffff"), 6);
    }
}
