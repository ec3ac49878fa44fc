using Dyad.Core.Common;
using Dyad.Core.Workspaces;

namespace Dyad.Core.Tests.Workspaces;

public sealed class TokenScopeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Critical events", "critical-events")]
    [InlineData("Customer portal (provider)", "customer-portal-provider")]
    [InlineData("API tokens", "api-tokens")]
    public void A_tag_names_its_feature_in_kebab_case(string tag, string feature) =>
        Assert.Equal(feature, TokenScope.FeatureOf(tag));

    [Fact]
    public void A_GET_needs_the_read_scope_and_every_other_verb_the_write_scope()
    {
        Assert.Equal("surveys:read", TokenScope.Needed("surveys", "GET").ToString());
        Assert.Equal("surveys:write", TokenScope.Needed("surveys", "DELETE").ToString());
        Assert.Equal("surveys:write", TokenScope.Needed("surveys", "POST").ToString());
    }

    [Fact]
    public void A_star_covers_every_feature_for_its_access_only()
    {
        Assert.True(TokenScope.AllRead.Covers(TokenScope.Needed("accounts", "GET")));
        Assert.False(TokenScope.AllRead.Covers(TokenScope.Needed("accounts", "PUT")));
        Assert.False(new TokenScope("surveys", ScopeAccess.Write).Covers(TokenScope.Needed("surveys", "GET")));
        Assert.False(new TokenScope("surveys", ScopeAccess.Read).Covers(TokenScope.Needed("accounts", "GET")));
    }

    [Theory]
    [InlineData("accounts:read", true)]
    [InlineData(" Surveys:WRITE ", true)]
    [InlineData("*:write", true)]
    [InlineData("accounts", false)]
    [InlineData("accounts:admin", false)]
    [InlineData("critical events:read", false)]
    [InlineData(":read", false)]
    public void Only_feature_colon_read_or_write_parses(string text, bool parses) =>
        Assert.Equal(parses, TokenScope.TryParse(text, out _));

    [Fact]
    public void An_issued_token_keeps_its_scopes_once_each_and_stops_at_its_expiry()
    {
        var (token, secret) = ApiToken.Issue(Guid.NewGuid(), Guid.NewGuid(), "export", ["accounts:read", "ACCOUNTS:read", "*:write"], Now.AddDays(30), Now);

        Assert.Equal(["accounts:read", "*:write"], token.Scopes.Select(s => s.ToString()));
        Assert.True(token.Allows(TokenScope.Needed("accounts", "GET")));
        Assert.True(token.Allows(TokenScope.Needed("surveys", "POST")));
        Assert.False(token.Allows(TokenScope.Needed("surveys", "GET")));
        Assert.True(token.IsActiveAt(Now.AddDays(29)));
        Assert.False(token.IsActiveAt(Now.AddDays(30)));
        // 256 random bits, URL-safe base64, behind the prefix.
        Assert.Equal(ApiToken.SecretPrefix.Length + 43, secret.Length);
        Assert.Equal(ApiToken.HashOf(secret), token.Hash);
    }

    [Fact]
    public void A_token_needs_a_scope_of_a_known_feature_and_a_future_expiry()
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            ApiToken.Issue(Guid.NewGuid(), Guid.NewGuid(), "bad", ["acounts:read"], Now.AddDays(-1), Now));

        Assert.Contains("'acounts' is not a feature", refused.Errors["Scopes"][0]);
        Assert.Contains("future", refused.Errors["ExpiresAt"][0]);
        Assert.Throws<DomainValidationException>(() => ApiToken.Issue(Guid.NewGuid(), Guid.NewGuid(), "none", [], null, Now));
    }
}
