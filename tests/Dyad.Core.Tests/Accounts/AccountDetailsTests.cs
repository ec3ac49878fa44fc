using Dyad.Core.Accounts;
using Dyad.Core.Common;

namespace Dyad.Core.Tests.Accounts;

public class AccountDetailsTests
{
    private static readonly AccountDetails Valid =
        new("Aurora Mining", RelationshipType.Relational, RelationshipType.Transactional, "Strategic", AnnualRevenue: 2_400_000m);

    [Fact]
    public void Complete_details_are_valid()
    {
        Assert.True(Valid.Validate().IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_account_needs_a_name(string name)
    {
        var errors = (Valid with { Name = name }).Validate().ToDictionary();

        Assert.Equal(["Name is required."], errors[nameof(AccountDetails.Name)]);
    }

    [Fact]
    public void Negative_annual_revenue_is_refused()
    {
        var errors = (Valid with { AnnualRevenue = -1m }).Validate().ToDictionary();

        Assert.Equal(["Annual revenue cannot be negative."], errors[nameof(AccountDetails.AnnualRevenue)]);
    }

    [Fact]
    public void An_account_is_never_created_from_invalid_details()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            new Account(Guid.NewGuid(), Valid with { Name = "", AnnualRevenue = -5m }));

        Assert.Equal([nameof(AccountDetails.AnnualRevenue), nameof(AccountDetails.Name)], error.Errors.Keys.Order());
    }

    [Fact]
    public void Differing_relationship_types_are_a_mismatch()
    {
        // Challenge C1 of 003: the provider sees a partnership, the customer seeks a deal.
        var account = new Account(Guid.NewGuid(), Valid);

        Assert.True(account.HasRelationshipMismatch);
        Assert.False(new Account(Guid.NewGuid(), Valid with { CustomerRelationshipType = null }).HasRelationshipMismatch);
    }
}
