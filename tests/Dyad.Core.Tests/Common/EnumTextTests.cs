using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;

namespace Dyad.Core.Tests.Common;

public class EnumTextTests
{
    [Theory]
    [InlineData("decision_maker")]
    [InlineData("Decision-Maker")]
    [InlineData("decision maker")]
    [InlineData(" DecisionMaker ")]
    public void Enum_names_parse_however_users_separate_the_words(string text)
    {
        Assert.True(EnumText.TryParse<BuyingCentreRole>(text, out var role));
        Assert.Equal(BuyingCentreRole.DecisionMaker, role);
    }

    [Theory]
    [InlineData("chief")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("4")]
    [InlineData("-1")]
    public void Text_that_names_no_value_does_not_parse(string? text)
    {
        Assert.False(EnumText.TryParse<BuyingCentreRole>(text, out _));
    }

    [Fact]
    public void Values_are_written_in_snake_case_and_read_back()
    {
        Assert.Equal("cx_manager", DyadRole.CxManager.ToText());
        Assert.Equal("cx manager", DyadRole.CxManager.ToLabel());
        Assert.All(Enum.GetValues<DyadRole>(), role =>
        {
            Assert.True(EnumText.TryParse<DyadRole>(role.ToText(), out var parsed));
            Assert.Equal(role, parsed);
        });
    }
}
