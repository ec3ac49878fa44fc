using System.Globalization;

namespace Dyad.Web.Components.Shared;

public static class Formats
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static string Percent(decimal? share, int decimals = 0) =>
        share is { } value ? (value * 100).ToString($"F{decimals}", Display) + " %" : "not measured";

    public static string Money(decimal? amount) =>
        amount is { } value ? value.ToString("#,0", Display) : "";

    public static string Date(DateTimeOffset when) => when.ToString("d MMM yyyy", Display);

    public static string DateTime(DateTimeOffset when) => when.ToString("d MMM yyyy HH:mm", Display);
}
