using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Privacy;

public sealed record PersonRecord(Guid Id, Guid AccountId, string AccountName, string Name, string? Email, string? JobTitle, string? Function,
    HierarchyLevel Level, BuyingCentreRole BuyingCentreRole, bool IsDecisionMakingUnitMember, DateTimeOffset? ErasedAt);

public sealed record ResponseRecord(Guid Id, Guid SurveyId, string SurveyName, DateTimeOffset SubmittedAt, string Language,
    IReadOnlyDictionary<string, Answer> Answers);

public sealed record InvitationRecord(Guid Id, Guid SurveyId, string SurveyName, string? Email, string Language, DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt, DateTimeOffset? OpenedAt, DateTimeOffset? AnsweredAt, int ReminderCount);

public sealed record CommunicationRecord(Guid Id, CommunicationDetails Details);

public sealed record NoteRecord(Guid Id, DateOnly Date, EmployeeNoteKind Kind, string Author, string Text);

/// <summary>Everything Dyad holds about one person, as handed over on a subject access request.</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, PersonRecord Stakeholder, IReadOnlyList<ResponseRecord> Responses,
    IReadOnlyList<InvitationRecord> Invitations, IReadOnlyList<CommunicationRecord> Communications, IReadOnlyList<NoteRecord> NotesMentioning);

/// <summary>A stakeholder's personal data gathered for export (GDPR article 15) or erased (article 17).</summary>
public sealed class PersonalData(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<PersonalDataExport?> ExportAsync(Guid stakeholderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stakeholderId, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var accountName = await db.Accounts.Where(a => a.Id == person.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.StakeholderId == stakeholderId)
            .OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.StakeholderId == stakeholderId)
            .OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
        var communications = await db.Communications.AsNoTracking().Where(c => c.StakeholderId == stakeholderId)
            .OrderBy(c => c.OccurredAt).ToListAsync(cancellationToken);
        return new PersonalDataExport(
            clock.GetUtcNow(),
            new PersonRecord(person.Id, person.AccountId, accountName, person.Name, person.Email, person.JobTitle, person.Function, person.Level,
                person.BuyingCentreRole, person.IsDecisionMakingUnitMember, person.ErasedAt),
            responses.Select(r => new ResponseRecord(r.Id, r.SurveyId, surveys.GetValueOrDefault(r.SurveyId, ""), r.SubmittedAt, r.Language, r.Answers))
                .ToList(),
            invitations.Select(i => new InvitationRecord(i.Id, i.SurveyId, surveys.GetValueOrDefault(i.SurveyId, ""), i.Email, i.Language, i.CreatedAt,
                i.SentAt, i.OpenedAt, i.AnsweredAt, i.ReminderCount)).ToList(),
            communications.Select(c => new CommunicationRecord(c.Id, c.ToDetails())).ToList(),
            await NotesMentioningAsync(db, person, cancellationToken));
    }

    /// <summary>
    /// Anonymises the person: their identifying fields, the e-mail and draft answers on their invitations, the contact on
    /// loops closed with them and the values the audit log kept of those rows. Answers stay, linked to the anonymised row.
    /// </summary>
    public async Task<bool> EraseAsync(Guid stakeholderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == stakeholderId, cancellationToken);
        if (person is null)
        {
            return false;
        }
        person.Erase(clock.GetUtcNow());
        var invitations = await db.SurveyInvitations.Where(i => i.StakeholderId == stakeholderId).ToListAsync(cancellationToken);
        foreach (var invitation in invitations)
        {
            Anonymise.Invitation(db, invitation);
        }
        var actions = await db.ActionItems.Where(a => a.AccountId == person.AccountId && a.Closure != null).ToListAsync(cancellationToken);
        var contacted = actions.Where(a => a.Closure!.StakeholderId == stakeholderId).ToList();
        foreach (var action in contacted)
        {
            db.Entry(action).Property(a => a.Closure).CurrentValue = action.Closure! with { ContactName = null, ContactEmail = null };
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var copies = invitations.Select(i => i.Id.ToString()).Concat(contacted.Select(a => a.Id.ToString())).ToList();
        await EraseRecordedValuesAsync(db, [.. copies, stakeholderId.ToString()], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The save just logged the e-mails and contacts it cleared as old values; the stakeholder's own entry kept none (AuditTrail).
        await EraseRecordedValuesAsync(db, copies, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task EraseRecordedValuesAsync(DyadDbContext db, List<string> entityIds, CancellationToken cancellationToken)
    {
        foreach (var entry in await db.AuditEntries.Where(e => entityIds.Contains(e.EntityId)).ToListAsync(cancellationToken))
        {
            entry.Erase();
        }
    }

    private static async Task<List<NoteRecord>> NotesMentioningAsync(DyadDbContext db, Stakeholder person, CancellationToken cancellationToken)
    {
        if (person.ErasedAt is not null)
        {
            return [];
        }
        var name = person.Name;
        var email = person.Email ?? name;
        return (await db.EmployeeNotes.AsNoTracking().Where(n => n.Text.Contains(name) || n.Text.Contains(email))
                .OrderBy(n => n.Date).ToListAsync(cancellationToken))
            .Select(n => new NoteRecord(n.Id, n.Date, n.Kind, n.Author, n.Text)).ToList();
    }
}
