using MudBlazor;

namespace Dyad.Web.Components.Layout;

public static class DyadTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#c8553d",
            Tertiary = "#2a9d8f",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            Success = "#2a9d8f",
            Warning = "#e9a23b",
            Error = "#c8553d",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
