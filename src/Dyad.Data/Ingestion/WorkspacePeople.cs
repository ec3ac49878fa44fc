using Dyad.Core.Accounts;
using Dyad.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>
/// The workspace's accounts by id and name and its people by e-mail, read once per import, so a row is matched by lookup
/// and not by a query; the same rules for every entity that names an account or a person.
/// </summary>
internal sealed class WorkspacePeople
{
    private readonly Dictionary<Guid, Account> _byId;
    private readonly ILookup<string, Account> _byName;
    private readonly ILookup<string, Stakeholder> _byEmail;

    private WorkspacePeople(List<Account> accounts, List<Stakeholder> stakeholders)
    {
        _byId = accounts.ToDictionary(a => a.Id);
        _byName = accounts.ToLookup(a => a.Name, StringComparer.OrdinalIgnoreCase);
        _byEmail = stakeholders.ToLookup(s => s.Email!, StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<WorkspacePeople> ReadAsync(DyadDbContext db, CancellationToken cancellationToken) => new(
        await db.Accounts.AsNoTracking().ToListAsync(cancellationToken),
        await db.Stakeholders.AsNoTracking().Where(s => s.Email != null).ToListAsync(cancellationToken));

    /// <summary>The account a cell names by id or by name; a problem noted on the row when none or several match.</summary>
    public Account? Account(RowReader row, string field, string? idOrName)
    {
        if (idOrName is null)
        {
            return null;
        }
        var matches = Guid.TryParse(idOrName, out var id) && _byId.TryGetValue(id, out var byId)
            ? _byName[idOrName].Append(byId).Distinct().ToArray()
            : _byName[idOrName].ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }
        row.Fail(field, matches.Length == 0
            ? $"No account of this workspace is named '{idOrName}' or has that id."
            : $"{matches.Length} accounts are named '{idOrName}'; give the account's id instead.");
        return null;
    }

    /// <summary>The person with this e-mail, within the account when one is given.</summary>
    public Stakeholder? Person(RowReader row, string field, string email, Guid? accountId)
    {
        var people = _byEmail[email].Where(s => accountId is null || s.AccountId == accountId).ToArray();
        if (people.Length == 1)
        {
            return people[0];
        }
        row.Fail(field, people.Length == 0
            ? $"No stakeholder {(accountId is null ? "" : "of this account ")}has the e-mail '{email}'."
            : $"Stakeholders of {people.Length} accounts have the e-mail '{email}'; name the account too.");
        return null;
    }

    /// <summary>The people a list cell names by e-mail, all of one account.</summary>
    public List<Stakeholder> People(RowReader row, string field, Guid accountId) =>
        row.List(field).Select(email => Person(row, field, email, accountId)).OfType<Stakeholder>().ToList();
}
