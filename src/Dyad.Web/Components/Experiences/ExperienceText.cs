using System.Globalization;
using Dyad.Core.Common;
using Dyad.Core.Experiences;

namespace Dyad.Web.Components.Experiences;

/// <summary>How target experiences read on screen.</summary>
public static class ExperienceText
{
    /// <summary>An attainment out of 100, one decimal; "not measured" when no linked measure has answers.</summary>
    public static string Score(double? attainment) =>
        attainment is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "not measured";

    /// <summary>A theme's or custom category's own name, else the category's.</summary>
    public static string Category(ExperienceCategory category, string? name) => name ?? category.ToLabel();
}
