namespace Dyad.Core.Accounts;

/// <summary>The kind of exchange an account has with the provider (003): a one-off deal or a partnership.</summary>
public enum RelationshipType
{
    Transactional,
    Relational,
}
