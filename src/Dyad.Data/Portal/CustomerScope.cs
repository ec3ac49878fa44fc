namespace Dyad.Data.Portal;

/// <summary>
/// The signed-in customer user of a request or circuit. Every portal read and write takes its account from here and never
/// from the caller, so a customer cannot even name another account: isolation holds by construction.
/// </summary>
public sealed class CustomerScope
{
    private CustomerIdentity? _identity;

    public bool IsEntered => _identity is not null;

    public CustomerIdentity Required => _identity ?? throw new InvalidOperationException("No customer user has signed in in this scope.");

    public void Enter(CustomerIdentity identity)
    {
        if (_identity is { } current && current != identity)
        {
            throw new InvalidOperationException("A scope serves one customer user; open a new scope for another.");
        }
        _identity = identity;
    }
}

public sealed record CustomerIdentity(Guid WorkspaceId, Guid AccountId, Guid UserId, string Name);
