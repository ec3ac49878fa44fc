using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Results;

namespace Dyad.Core.Experiences;

/// <summary>
/// Which readings an attainment looks at: one account, one buying-centre role, one journey phase and one period
/// (<c>2026-05</c> or <c>2026-Q2</c>, cut in UTC), or a set of accounts (a dashboard's view of one account manager's
/// accounts); an unset part takes everything.
/// </summary>
public sealed record AttainmentSlice(Guid? AccountId = null, BuyingCentreRole? Role = null, int? Phase = null, string? Period = null,
    IReadOnlyCollection<Guid>? AccountIds = null)
{
    public static readonly AttainmentSlice Everything = new();

    /// <summary>The slice, or a field error when the period is not a month or a quarter.</summary>
    public static AttainmentSlice Of(Guid? accountId, string? role, int? phase, string? period)
    {
        var errors = new FieldErrors();
        BuyingCentreRole? parsedRole = null;
        if (!string.IsNullOrWhiteSpace(role))
        {
            if (EnumText.TryParse<BuyingCentreRole>(role, out var r))
            {
                parsedRole = r;
            }
            else
            {
                errors.Add("role", $"Role must be one of: {string.Join(", ", Enum.GetNames<BuyingCentreRole>().Select(EnumText.ToSnakeCase))}.");
            }
        }
        var slice = new AttainmentSlice(accountId, parsedRole, phase, Blank.ToNull(period));
        if (slice.Period is not null && slice.PeriodRange() is null)
        {
            errors.Add("period", "Period is a month (2026-05) or a quarter (2026-Q2).");
        }
        errors.ThrowIfAny();
        return slice;
    }

    /// <summary>The trend's step: quarters when the slice is a quarter, months otherwise.</summary>
    public TrendPeriod TrendPeriod => Period?.Contains('Q', StringComparison.OrdinalIgnoreCase) == true ? TrendPeriod.Quarter : TrendPeriod.Month;

    /// <summary>Whether a reading falls in the slice, ignoring the period (the trend shows every period of the slice).</summary>
    public bool IncludesPlace(AttainmentPoint point) =>
        (AccountId is null || point.AccountId == AccountId)
        && (AccountIds is null || point.AccountId is { } account && AccountIds.Contains(account))
        && (Role is null || point.Role == Role)
        && (Phase is null || point.Phase == Phase);

    public bool Includes(AttainmentPoint point)
    {
        if (!IncludesPlace(point))
        {
            return false;
        }
        if (PeriodRange() is not { } range)
        {
            return true;
        }
        var day = DateOnly.FromDateTime(point.At.UtcDateTime);
        return day >= range.From && day < range.Until;
    }

    private (DateOnly From, DateOnly Until)? PeriodRange()
    {
        var parts = Period?.Split('-');
        // The last year is refused so the end of its last period stays a valid date.
        if (parts is not { Length: 2 } || !int.TryParse(parts[0], out var year) || year is < 1 or >= 9999)
        {
            return null;
        }
        if (parts[1].StartsWith('Q') || parts[1].StartsWith('q'))
        {
            if (!int.TryParse(parts[1][1..], out var quarter) || quarter is < 1 or > 4)
            {
                return null;
            }
            var quarterStart = new DateOnly(year, (quarter - 1) * SurveyBreakdown.MonthsPerQuarter + 1, 1);
            return (quarterStart, quarterStart.AddMonths(SurveyBreakdown.MonthsPerQuarter));
        }
        if (!int.TryParse(parts[1], out var month) || month is < 1 or > 12)
        {
            return null;
        }
        var monthStart = new DateOnly(year, month, 1);
        return (monthStart, monthStart.AddMonths(1));
    }
}
