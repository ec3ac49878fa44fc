using Dyad.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Web.Components.Shared;

/// <summary>
/// What the domain refused on the last save, so each message stands next to its field; a clash with
/// stored data (a taken name), a change someone else saved since the form opened, or a rule about a field the form
/// does not show, goes above the form.
/// </summary>
public sealed class FormErrors(params string[] fieldsShown)
{
    private readonly HashSet<string> _fieldsShown = new(fieldsShown, StringComparer.OrdinalIgnoreCase);
    private IReadOnlyDictionary<string, string[]> _fields = new Dictionary<string, string[]>();

    public string? General { get; private set; }

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? For(string field) => _fields.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Runs a save; returns false, keeping the messages, when the domain refused it.</summary>
    public async Task<bool> TryAsync(Func<Task> save)
    {
        _fields = new Dictionary<string, string[]>();
        General = null;
        try
        {
            await save();
            return true;
        }
        catch (DomainValidationException invalid)
        {
            _fields = invalid.Errors;
            var elsewhere = invalid.Errors.Where(e => !_fieldsShown.Contains(e.Key)).SelectMany(e => e.Value).ToList();
            General = elsewhere.Count > 0 ? string.Join(" ", elsewhere) : null;
            return false;
        }
        catch (ConflictException conflict)
        {
            General = conflict.Message;
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            General = "Someone else changed this since you opened it, so nothing was saved. Close this form and open it again to see their change.";
            return false;
        }
    }
}
