using System.Globalization;
using Dyad.Core.Accounts;
using Dyad.Core.Common;

namespace Dyad.Data.Dashboards;

/// <summary>
/// What a dashboard looks at, as the page's address and the API's query carry it. <see cref="Period"/> is a window
/// ending today (<c>3m</c>, <c>6m</c>, <c>12m</c>, <c>24m</c>) or <c>all</c>; <see cref="From"/> and <see cref="To"/>
/// (days, both included, UTC) override it. <see cref="Segment"/> and <see cref="AccountId"/> narrow the accounts,
/// <see cref="Phase"/> the journey phase (of a response's context, an event, a feedback item), <see cref="Role"/>
/// the respondent's buying-centre role.
/// </summary>
public sealed record DashboardFilter(
    string Period = DashboardFilter.AllTime, DateOnly? From = null, DateOnly? To = null, string? Segment = null, int? Phase = null,
    BuyingCentreRole? Role = null, Guid? AccountId = null)
{
    public const string AllTime = "all";

    /// <summary>The windows a user picks from, in months back from today.</summary>
    public static readonly IReadOnlyDictionary<string, int> Windows = new Dictionary<string, int>
    {
        ["3m"] = 3, ["6m"] = 6, ["12m"] = 12, ["24m"] = 24,
    };

    public static readonly DashboardFilter Everything = new();

    /// <summary>The filter from query text, with every bad value reported at its field.</summary>
    public static DashboardFilter Parse(string? period, string? from, string? to, string? segment, string? phase, string? role, string? account)
    {
        var errors = new FieldErrors();
        var window = Blank.ToNull(period)?.ToLowerInvariant() ?? AllTime;
        if (window != AllTime && !Windows.ContainsKey(window))
        {
            errors.Add("period", $"Period is one of {string.Join(", ", Windows.Keys)} or {AllTime}.");
        }
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        if (fromDay > toDay)
        {
            errors.Add("to", "The end of the period comes before its start.");
        }
        int? phaseNumber = null;
        if (Blank.ToNull(phase) is { } p)
        {
            if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                phaseNumber = n;
            }
            else
            {
                errors.Add("phase", "Phase is a phase number, 1 or more.");
            }
        }
        BuyingCentreRole? parsedRole = null;
        if (Blank.ToNull(role) is { } r)
        {
            if (EnumText.TryParse<BuyingCentreRole>(r, out var value))
            {
                parsedRole = value;
            }
            else
            {
                errors.Add("role", $"Role is one of {string.Join(", ", Enum.GetValues<BuyingCentreRole>().Select(v => v.ToText()))}.");
            }
        }
        Guid? accountId = null;
        if (Blank.ToNull(account) is { } a)
        {
            if (Guid.TryParse(a, out var id))
            {
                accountId = id;
            }
            else
            {
                errors.Add("account", "Account is an account id.");
            }
        }
        errors.ThrowIfAny();
        return new DashboardFilter(window, fromDay, toDay, Blank.ToNull(segment), phaseNumber, parsedRole, accountId);
    }

    /// <summary>The first and last day looked at: the explicit days where given, else the window back from today.</summary>
    public (DateOnly? From, DateOnly? To) Days(DateOnly today)
    {
        var windowStart = Windows.TryGetValue(Period, out var months) ? today.AddMonths(-months).AddDays(1) : (DateOnly?)null;
        return (From ?? windowStart, To ?? (windowStart is null ? null : today));
    }

    /// <summary>The query text of the filter, parameters left out where they take everything; what the page's address and the API share.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (Period != AllTime)
        {
            parts.Add("period=" + Period);
        }
        if (From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (Segment is { } segment)
        {
            parts.Add("segment=" + Uri.EscapeDataString(segment));
        }
        if (Phase is { } phase)
        {
            parts.Add("phase=" + phase.ToString(CultureInfo.InvariantCulture));
        }
        if (Role is { } role)
        {
            parts.Add("role=" + role.ToText());
        }
        if (AccountId is { } account)
        {
            parts.Add("account=" + account);
        }
        return string.Join("&", parts);
    }

    private static DateOnly? Day(string? text, string field, FieldErrors errors)
    {
        if (Blank.ToNull(text) is not { } given)
        {
            return null;
        }
        if (DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors.Add(field, "A day is written 2026-05-31.");
        return null;
    }
}
