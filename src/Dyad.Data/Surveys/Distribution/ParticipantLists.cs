using System.Globalization;
using CsvHelper;
using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>A row of a participant list that was not imported, or was imported with a change, and why.</summary>
public sealed record ParticipantNote(int Row, string? Email, string Message);

/// <summary>
/// What an import did: participants invited (of them held back by the fatigue cap), stakeholders found by e-mail or made,
/// addresses invited bare; rows skipped (duplicates, no e-mail, an e-mail status other than OK) and rows changed on the way in.
/// </summary>
public sealed record ParticipantImportSummary(int Rows, int Invited, int Suppressed, int MatchedStakeholders, int CreatedStakeholders, int BareAddresses,
    IReadOnlyList<ParticipantNote> Skipped, IReadOnlyList<ParticipantNote> Changed);

/// <summary>
/// A survey's participants as a LimeSurvey-shaped CSV list (<see cref="ParticipantCsv"/>), in and out. An import is all or
/// nothing, and a participant is one e-mail address per survey, so importing a list again adds nobody.
/// <list type="bullet">
/// <item>A participant whose address a stakeholder of the workspace has is invited as that stakeholder.</item>
/// <item>Otherwise, when the row's <c>account</c> names an account, or else exactly one account has stakeholders at the address's
/// domain, a stakeholder is made there (operational user, edited later) and invited.</item>
/// <item>Otherwise the address is invited bare, with the list's names.</item>
/// </list>
/// </summary>
public sealed class ParticipantLists(IDbContextFactory<DyadDbContext> contexts, SurveyLinks links, TimeProvider clock)
{
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    /// <exception cref="DomainValidationException">Bad cells, keyed "row 3, column validfrom"; nothing is stored.</exception>
    public async Task<ParticipantImportSummary?> ImportAsync(Guid surveyId, TextReader reader, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken) is not { } survey)
        {
            return null;
        }
        var errors = new FieldErrors();
        var rows = ParticipantCsv.Read(reader, errors);
        var now = clock.GetUtcNow();
        var skipped = new List<ParticipantNote>();
        var changed = new List<ParticipantNote>();
        var invited = (await db.SurveyInvitations.Where(i => i.SurveyId == surveyId && i.Email != null).Select(i => i.Email!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var wanted = new List<ParticipantRow>();
        foreach (var row in rows)
        {
            if (row.Email is null)
            {
                skipped.Add(new ParticipantNote(row.Row, null, "No e-mail address: not invited."));
            }
            else if (!row.Mailable)
            {
                skipped.Add(new ParticipantNote(row.Row, row.Email, $"E-mail status '{row.EmailStatus}': not invited."));
            }
            else if (invited.Contains(row.Email))
            {
                skipped.Add(new ParticipantNote(row.Row, row.Email, "Already invited to this survey."));
            }
            else if (!firstRowOf.TryAdd(row.Email, row.Row))
            {
                skipped.Add(new ParticipantNote(row.Row, row.Email, $"The same address as row {firstRowOf[row.Email]}."));
            }
            else
            {
                wanted.Add(row);
            }
        }

        var people = await PeopleAsync(db, wanted, cancellationToken);
        var usedTokens = await UsedTokensAsync(db, wanted, cancellationToken);
        var invitations = new List<SurveyInvitation>();
        var created = new List<Stakeholder>();
        var matched = 0;
        foreach (var row in wanted)
        {
            var rowErrors = new FieldErrors();
            var stakeholder = people.Find(row, rowErrors);
            if (row.ValidUntil is { } until && until <= now)
            {
                rowErrors.Add(ParticipantCsv.Key(row.Row, ParticipantCsv.ValidUntil), "The link would have expired already.");
            }
            var token = row.Token;
            if (token is not null && (!SurveyInvitation.IsStrongToken(token) || !usedTokens.Add(token.Trim())))
            {
                changed.Add(new ParticipantNote(row.Row, row.Email, SurveyInvitation.IsStrongToken(token)
                    ? "The token is in use by another invitation, so the participant gets a new link."
                    : $"The token is shorter than {SurveyInvitation.ImportedTokenMinLength} letters or digits and could be guessed, so the participant gets a new link."));
                token = null;
            }
            if (!rowErrors.IsEmpty)
            {
                errors.Add(rowErrors);
                continue;
            }
            try
            {
                var invitation = SurveyInvitation.Issue(survey, stakeholder.Existing ?? stakeholder.Made, links.Key, now, row.Email, language: row.Language);
                invitation.Describe(new ParticipantFields(row.FirstName, row.LastName, token, row.ValidFrom, row.ValidUntil, row.Attributes));
                invitations.Add(invitation);
                matched += stakeholder.Existing is null ? 0 : 1;
                if (stakeholder.Made is { } made)
                {
                    created.Add(made);
                }
            }
            catch (DomainValidationException refused)
            {
                foreach (var (field, messages) in refused.Errors)
                {
                    messages.ToList().ForEach(m => errors.Add(ParticipantCsv.Key(row.Row, ColumnOf(field)), m));
                }
            }
        }
        errors.ThrowIfAny();

        db.Stakeholders.AddRange(created);
        await InvitationIssuer.CapAsync(db, invitations, now, cancellationToken);
        db.SurveyInvitations.AddRange(invitations);
        await db.SaveChangesAsync(cancellationToken);
        return new ParticipantImportSummary(rows.Count, invitations.Count, invitations.Count(i => i.SuppressedAt is not null), matched, created.Count,
            invitations.Count(i => i.StakeholderId is null), skipped, changed);
    }

    /// <summary>Writes the survey's participants, oldest invitation first, with LimeSurvey's tracking columns filled from Dyad's.</summary>
    /// <returns>How many were written, or null when the survey does not exist in the workspace.</returns>
    public async Task<int?> ExportAsync(Guid surveyId, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var rows = await (
                from invitation in db.SurveyInvitations.Where(i => i.SurveyId == surveyId)
                join account in db.Accounts on invitation.AccountId equals account.Id into accounts
                from account in accounts.DefaultIfEmpty()
                join stakeholder in db.Stakeholders on invitation.StakeholderId equals stakeholder.Id into stakeholders
                from stakeholder in stakeholders.DefaultIfEmpty()
                select new { invitation, AccountName = account == null ? null : account.Name, StakeholderName = stakeholder == null ? null : stakeholder.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        rows = rows.OrderBy(r => r.invitation.CreatedAt).ThenBy(r => r.invitation.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var attributes = ParticipantCsv.AttributeColumns(rows.SelectMany(r => r.invitation.Attributes.Keys));

        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in ParticipantCsv.Columns.Concat(attributes.Select(a => a.Header)))
        {
            csv.WriteField(SpreadsheetCells.Guard(column));
        }
        await csv.NextRecordAsync();
        foreach (var (row, index) in rows.Select((r, n) => (r, n)))
        {
            var i = row.invitation;
            var (first, last) = Names(i, row.StakeholderName);
            string[] cells =
            [
                (index + 1).ToString(CultureInfo.InvariantCulture), first ?? "", last ?? "", i.Email ?? "",
                i.BouncedAt is null ? ParticipantCsv.EmailOk : ParticipantCsv.EmailBounced, i.TokenFrom(links.Key) ?? "", i.Language,
                i.ValidFrom is null ? "" : ParticipantCsv.Written(i.ValidFrom), i.ExpiresAt is null ? "" : ParticipantCsv.Written(i.ExpiresAt),
                ParticipantCsv.Written(i.SentAt), ParticipantCsv.Written(i.LastReminderAt), i.ReminderCount.ToString(CultureInfo.InvariantCulture),
                ParticipantCsv.Written(i.AnsweredAt), i.AnsweredAt is null ? "1" : "0", row.AccountName ?? "",
                .. attributes.Select(a => i.Attributes.GetValueOrDefault(a.Name) ?? ""),
            ];
            foreach (var cell in cells)
            {
                csv.WriteField(SpreadsheetCells.Guard(cell));
            }
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
        return rows.Count;
    }

    /// <summary>The list's names when it gave them; for a stakeholder, their one name split at the first space.</summary>
    private static (string? First, string? Last) Names(SurveyInvitation invitation, string? stakeholderName)
    {
        if (invitation.FirstName is not null || invitation.LastName is not null || stakeholderName is null)
        {
            return (invitation.FirstName, invitation.LastName);
        }
        var space = stakeholderName.IndexOf(' ');
        return space < 0 ? (stakeholderName, null) : (stakeholderName[..space], stakeholderName[(space + 1)..]);
    }

    /// <summary>The file's column for a field the domain refused.</summary>
    private static string ColumnOf(string field) => field switch
    {
        nameof(SurveyInvitation.FirstName) => ParticipantCsv.FirstName,
        nameof(SurveyInvitation.LastName) => ParticipantCsv.LastName,
        nameof(ParticipantFields.Token) => ParticipantCsv.Token,
        nameof(SurveyInvitation.Language) => ParticipantCsv.Language,
        nameof(SurveyInvitation.ValidFrom) => ParticipantCsv.ValidFrom,
        nameof(SurveyInvitation.ExpiresAt) => ParticipantCsv.ValidUntil,
        nameof(SurveyInvitation.Attributes) => "attribute",
        nameof(StakeholderDetails.Name) => ParticipantCsv.FirstName,
        _ => ParticipantCsv.Email,
    };

    /// <summary>Tokens of the file that another invitation, of any survey or workspace, already opens: tokens are unique everywhere.</summary>
    private static async Task<HashSet<string>> UsedTokensAsync(DyadDbContext db, IReadOnlyList<ParticipantRow> rows, CancellationToken cancellationToken)
    {
        var tokens = rows.Select(r => r.Token?.Trim()).OfType<string>().Where(SurveyInvitation.IsStrongToken).Distinct().ToList();
        // Only whether a token exists is read; nothing of another workspace's invitation leaves this method.
        var byHash = tokens.ToDictionary(SurveyInvitation.HashOf);
        var hashes = byHash.Keys.ToList();
        var used = await db.SurveyInvitations.IgnoreQueryFilters().Where(i => hashes.Contains(i.TokenHash)).Select(i => i.TokenHash)
            .ToListAsync(cancellationToken);
        return used.Select(hash => byHash[hash]).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<People> PeopleAsync(DyadDbContext db, IReadOnlyList<ParticipantRow> rows, CancellationToken cancellationToken)
    {
        var emails = rows.Select(r => r.Email!.ToLowerInvariant()).ToList();
        var domains = emails.Select(Domain).Distinct().ToList();
        var stakeholders = await db.Stakeholders.Where(s => s.Email != null && emails.Contains(s.Email.ToLower())).ToListAsync(cancellationToken);
        var accountNames = rows.Select(r => r.Account).OfType<string>().Distinct().ToList();
        var accounts = await db.Accounts.ToListAsync(cancellationToken);
        var atDomains = (await db.Stakeholders.Where(s => s.Email != null).Select(s => new { s.AccountId, s.Email }).ToListAsync(cancellationToken))
            .Select(s => (Domain: Domain(s.Email!.ToLowerInvariant()), s.AccountId))
            .Where(s => domains.Contains(s.Domain))
            .GroupBy(s => s.Domain)
            .Where(g => g.Select(s => s.AccountId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().AccountId);
        return new People(
            stakeholders.ToLookup(s => s.Email!.ToLowerInvariant()),
            accounts.Where(a => accountNames.Contains(a.Name, StringComparer.OrdinalIgnoreCase)).GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase),
            accounts.ToDictionary(a => a.Id, a => a), atDomains);
    }

    private static string Domain(string email) => email[(email.LastIndexOf('@') + 1)..];

    /// <summary>Who a row invites: a stakeholder found by address, one made for it, or nobody (a bare address).</summary>
    private readonly record struct Person(Stakeholder? Existing, Stakeholder? Made);

    private sealed record People(ILookup<string, Stakeholder> ByEmail, Dictionary<string, List<Account>> ByName,
        Dictionary<Guid, Account> ById, Dictionary<string, Guid> AccountAtDomain)
    {
        public Person Find(ParticipantRow row, FieldErrors errors)
        {
            var email = row.Email!.ToLowerInvariant();
            if (ByEmail[email].ToList() is { Count: > 0 } found)
            {
                if (found.Count > 1)
                {
                    errors.Add(ParticipantCsv.Key(row.Row, ParticipantCsv.Email),
                        $"{found.Count} stakeholders have this address ({string.Join(", ", found.Select(s => s.Name))}); give one of them another.");
                }
                return new Person(found[0], null);
            }
            Account? account = null;
            if (row.Account is { } name)
            {
                if (ByName.GetValueOrDefault(name) is not [var named])
                {
                    errors.Add(ParticipantCsv.Key(row.Row, ParticipantCsv.Account),
                        ByName.ContainsKey(name) ? $"More than one account is named '{name}'." : $"No account is named '{name}'.");
                    return default;
                }
                account = named;
            }
            else if (AccountAtDomain.TryGetValue(Domain(email), out var id))
            {
                account = ById[id];
            }
            if (account is null)
            {
                return default;
            }
            var fullName = Blank.ToNull($"{row.FirstName} {row.LastName}".Trim()) ?? row.Email!;
            var details = new StakeholderDetails(fullName, row.Email, null, null, HierarchyLevel.Operational, BuyingCentreRole.User, false);
            foreach (var (field, messages) in details.Validate().ToDictionary())
            {
                messages.ToList().ForEach(m => errors.Add(ParticipantCsv.Key(row.Row, ColumnOf(field)), m));
            }
            return errors.IsEmpty ? new Person(null, new Stakeholder(account, details)) : default;
        }
    }
}
