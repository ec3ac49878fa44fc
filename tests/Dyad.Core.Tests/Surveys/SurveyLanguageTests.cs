using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class SurveyLanguageTests
{
    private static readonly string[] Languages = ["en", "nl", "fi"];

    [Theory]
    [InlineData("nl", "fi", "en", "nl")]
    [InlineData("NL", null, null, "nl")]
    [InlineData("de", "fi", "nl", "fi")]
    [InlineData(null, null, "de-DE,nl-BE;q=0.8,en;q=0.5", "nl")]
    [InlineData(null, null, "en;q=0.3,fi;q=0.9", "fi")]
    [InlineData(null, null, "de, fr;q=0.5, *;q=0.1", "en")]
    [InlineData(null, null, "fi;q=0, nl;q=0.2", "nl")]
    [InlineData(null, null, null, "en")]
    public void The_link_wins_then_the_invitation_then_the_browser_then_the_first(string? requested, string? invited, string? browser, string expected)
    {
        Assert.Equal(expected, SurveyLanguages.Choose(Languages, requested, invited, browser));
    }
}
