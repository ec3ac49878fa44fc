using Dyad.Core.Accounts;
using Dyad.Core.Alerts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Alerts;

/// <summary>An account with two stakeholders in different units, a log to write into and a snapshot to evaluate.</summary>
internal sealed class AccountFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly List<CustomerCommunication> _log = [];
    private readonly List<TouchpointFacts> _touchpoints = [];
    private readonly List<ResponseScore> _responses = [];
    private readonly List<RelationshipChange> _changes = [];

    public AccountFixture(RelationshipType ours = RelationshipType.Relational, RelationshipType? theirs = null)
    {
        Account = new Account(Guid.NewGuid(), new AccountDetails("Nordic Paper", ours, theirs));
        Anna = new Stakeholder(Account, new StakeholderDetails("Anna Virtanen", null, null, "Production", HierarchyLevel.Middle, BuyingCentreRole.User, false));
        Mikko = new Stakeholder(Account, new StakeholderDetails("Mikko Laine", null, null, "Procurement", HierarchyLevel.Senior, BuyingCentreRole.Buyer, true));
    }

    public Account Account { get; }
    public Stakeholder Anna { get; }
    public Stakeholder Mikko { get; }

    public CustomerCommunication Log(CommunicationDetails details)
    {
        var entry = new CustomerCommunication(Account, details, [Anna, Mikko], _log.Where(c => c.Kind == CommunicationKind.Commitment).ToList(),
            "Test user", Now);
        _log.Add(entry);
        return entry;
    }

    public void Touchpoint(TouchpointController controller, decimal? successRate, Guid? id = null) =>
        _touchpoints.Add(new TouchpointFacts(id ?? Guid.NewGuid(), "Installation by partner", "Paper machine rebuild", controller, successRate));

    public void Response(Stakeholder? who, double score, int? phase = null, Guid? touchpointId = null, Guid? journeyId = null,
        DateTimeOffset? at = null) =>
        _responses.Add(new ResponseScore(who?.Id, journeyId, journeyId is null ? null : "Paper machine rebuild", phase, touchpointId, score,
            at ?? Now.AddDays(-1)));

    public void ChangeRelationship(RelationshipType ours, RelationshipType? theirs, DateTimeOffset at)
    {
        var before = Account.ToDetails();
        Account.Update(before with { RelationshipType = ours, CustomerRelationshipType = theirs });
        _changes.AddRange(RelationshipChange.Between(before, Account, at));
    }

    public AccountSnapshot Snapshot(DateTimeOffset? now = null) => new(Account.Id, Account.Name, Account.RelationshipType,
        Account.CustomerRelationshipType, Account.ContractSignedOn,
        [new StakeholderFacts(Anna.Id, Anna.Name, Anna.Function), new StakeholderFacts(Mikko.Id, Mikko.Name, Mikko.Function)],
        _log, _touchpoints, _responses, _changes, now ?? Now);
}
