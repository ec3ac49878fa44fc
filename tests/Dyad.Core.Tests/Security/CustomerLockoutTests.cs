using Dyad.Core.Accounts;
using Dyad.Core.Portal;
using Dyad.Core.Security;

namespace Dyad.Core.Tests.Security;

public class CustomerLockoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly SignInThrottle Throttle = new(3, TimeSpan.FromMinutes(10));

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_until_the_lock_runs_out()
    {
        var customer = NewCustomer();
        customer.FailedSignIn(Now, Throttle);
        customer.FailedSignIn(Now, Throttle);
        Assert.False(customer.IsLockedOut(Now));

        customer.FailedSignIn(Now, Throttle);

        Assert.True(customer.IsLockedOut(Now.AddMinutes(9)));
        Assert.False(customer.IsLockedOut(Now.AddMinutes(10)));
    }

    [Fact]
    public void A_good_sign_in_forgets_earlier_failures()
    {
        var customer = NewCustomer();
        customer.FailedSignIn(Now, Throttle);
        customer.FailedSignIn(Now, Throttle);

        customer.SignedIn(Now);
        customer.FailedSignIn(Now, Throttle);

        Assert.False(customer.IsLockedOut(Now));
    }

    private static CustomerUser NewCustomer()
    {
        var workspaceId = Guid.NewGuid();
        var account = new Account(workspaceId, new AccountDetails("Lakeside Foods", RelationshipType.Relational));
        var stakeholder = new Stakeholder(account, new StakeholderDetails("Anna Virtanen", "anna@customer.example", null, null, HierarchyLevel.Middle, BuyingCentreRole.User, false));
        return new CustomerUser(stakeholder, null, "Laura", Now);
    }
}
