using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

public sealed record CommunicationView(
    Guid Id,
    CommunicationKind Kind,
    DateTimeOffset OccurredAt,
    string Summary,
    Guid? StakeholderId,
    string? StakeholderName,
    Channel? Channel,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    Guid? CommitmentId,
    bool IsExtra,
    bool IsKeyMeeting,
    string? PlannedAttendee,
    string? ActualAttendee,
    bool HandoverRecorded,
    decimal? Amount,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public CommunicationDetails ToDetails() => new(Kind, OccurredAt, Summary, StakeholderId, Channel, AnsweredAt, AnsweredBy, CommitmentId,
        IsExtra, IsKeyMeeting, PlannedAttendee, ActualAttendee, HandoverRecorded, Amount);
}

/// <summary>An account's logged communications, newest first, with the contract date the cost rule compares against.</summary>
public sealed record CommunicationTimeline(DateOnly? ContractSignedOn, IReadOnlyList<CommunicationView> Items);

public sealed record ContractSigned(DateOnly? SignedOn);

/// <summary>Logs, corrects and removes an account's customer communications.</summary>
public sealed class CommunicationLog(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<CommunicationTimeline?> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var names = await db.Stakeholders.Where(s => s.AccountId == accountId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var items = await db.Communications.AsNoTracking().Where(c => c.AccountId == accountId).ToListAsync(cancellationToken);
        return new CommunicationTimeline(account.ContractSignedOn,
            items.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.RecordedAt).Select(c => View(c, names)).ToList());
    }

    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<CommunicationView?> CreateAsync(Guid accountId, CommunicationDetails details, Actor actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var stakeholders = await db.Stakeholders.Where(s => s.AccountId == accountId).ToListAsync(cancellationToken);
        var communication = new CustomerCommunication(account, details, stakeholders, await CommitmentsAsync(db, accountId, cancellationToken),
            actor.Name, clock.GetUtcNow());
        db.Communications.Add(communication);
        await db.SaveChangesAsync(cancellationToken);
        return View(communication, stakeholders.ToDictionary(s => s.Id, s => s.Name));
    }

    /// <returns>Null when the account has no such communication.</returns>
    public async Task<CommunicationView?> UpdateAsync(Guid accountId, Guid id, CommunicationDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var communication = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.AccountId == accountId, cancellationToken);
        if (communication is null)
        {
            return null;
        }
        var stakeholders = await db.Stakeholders.Where(s => s.AccountId == accountId).ToListAsync(cancellationToken);
        communication.Update(details, stakeholders, await CommitmentsAsync(db, accountId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return View(communication, stakeholders.ToDictionary(s => s.Id, s => s.Name));
    }

    /// <summary>Removing a commitment removes the disputes of it too.</summary>
    public async Task<bool> DeleteAsync(Guid accountId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var communication = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.AccountId == accountId, cancellationToken);
        if (communication is null)
        {
            return false;
        }
        db.Communications.Remove(communication);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>False when the account does not exist in the workspace.</returns>
    public async Task<bool> SetContractSignedAsync(Guid accountId, DateOnly? signedOn, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return false;
        }
        account.RecordContractSigned(signedOn);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Task<List<CustomerCommunication>> CommitmentsAsync(DyadDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        db.Communications.Where(c => c.AccountId == accountId && c.Kind == CommunicationKind.Commitment).ToListAsync(cancellationToken);

    private static CommunicationView View(CustomerCommunication c, IReadOnlyDictionary<Guid, string> names) =>
        new(c.Id, c.Kind, c.OccurredAt, c.Summary, c.StakeholderId, c.StakeholderId is { } id ? names.GetValueOrDefault(id) : null, c.Channel,
            c.AnsweredAt, c.AnsweredBy, c.CommitmentId, c.IsExtra, c.IsKeyMeeting, c.PlannedAttendee, c.ActualAttendee, c.HandoverRecorded,
            c.Amount, c.RecordedBy, c.RecordedAt);
}
