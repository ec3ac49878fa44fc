using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Tests.Surveys.Distribution;

public class InvitationEmailTests
{
    private const string Link = "https://dyad.example/s/abc";

    [Fact]
    public void A_dutch_invitation_names_the_workspace_survey_and_person_and_carries_the_link_in_text_and_html()
    {
        var email = InvitationEmail.Compose(InvitationEmailKind.Invitation, "nl", "Paper Machines Oy", "Levering & service", "Aino", Link);

        Assert.Equal("Paper Machines Oy hoort graag uw mening: Levering & service", email.Subject);
        Assert.StartsWith("Beste Aino,", email.Text, StringComparison.Ordinal);
        Assert.Contains(Link, email.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Link}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("Levering &amp; service", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reminder_in_a_language_without_wording_falls_back_to_english()
    {
        var email = InvitationEmail.Compose(InvitationEmailKind.Reminder, "fi", "Paper Machines Oy", "NPS", null, Link);

        Assert.StartsWith("Reminder: Paper Machines Oy would like your feedback", email.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Hello,", email.Text, StringComparison.Ordinal);
    }
}
