using System.Security.Cryptography;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Surveys.Distribution;

public class InvitationTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly InvitationLinkKey Key = new(RandomNumberGenerator.GetBytes(InvitationLinkKey.SecretBytes));

    private static Survey OpenSurvey()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Tokens", Instrument: BuiltInInstruments.NpsKey), Now);
        survey.Update(new SurveyDetails("Tokens", Instrument: BuiltInInstruments.NpsKey, Status: SurveyStatus.Open));
        return survey;
    }

    [Fact]
    public void An_invitation_keeps_only_the_hash_of_a_256_bit_token_the_key_makes_again()
    {
        var invitation = SurveyInvitation.Issue(OpenSurvey(), null, Key, Now, "buyer@customer.example");

        var token = invitation.TokenFrom(Key)!;

        Assert.Equal(43, token.Length);
        Assert.Equal(SurveyInvitation.HashOf(token), invitation.TokenHash);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(token, invitation.TokenFrom(Key));
    }

    [Fact]
    public void Two_invitations_get_different_tokens_and_another_key_makes_neither()
    {
        var survey = OpenSurvey();
        var first = SurveyInvitation.Issue(survey, null, Key, Now, "a@customer.example");
        var second = SurveyInvitation.Issue(survey, null, Key, Now, "b@customer.example");
        var otherKey = new InvitationLinkKey(RandomNumberGenerator.GetBytes(InvitationLinkKey.SecretBytes));

        Assert.NotEqual(first.TokenFrom(Key), second.TokenFrom(Key));
        Assert.Null(first.TokenFrom(otherKey));
    }

    [Fact]
    public void A_participant_lists_own_token_opens_by_its_hash_but_cannot_be_made_again()
    {
        var invitation = SurveyInvitation.Issue(OpenSurvey(), null, Key, Now, "buyer@customer.example");
        const string imported = "LimeSurveyToken_0123456789abc";

        invitation.Describe(new ParticipantFields(Token: $" {imported} "));

        Assert.Equal(SurveyInvitation.HashOf(imported), invitation.TokenHash);
        Assert.Null(invitation.TokenFrom(Key));
    }

    [Fact]
    public void A_short_imported_token_is_refused_and_a_short_key_cannot_be_made()
    {
        var invitation = SurveyInvitation.Issue(OpenSurvey(), null, Key, Now, "buyer@customer.example");

        var refused = Assert.Throws<DomainValidationException>(() => invitation.Describe(new ParticipantFields(Token: "short")));

        Assert.Contains("Token", refused.Errors.Keys);
        Assert.Throws<ArgumentException>(() => new InvitationLinkKey(new byte[InvitationLinkKey.SecretBytes - 1]));
    }
}
