using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>Driving MudBlazor controls that are not plain inputs.</summary>
public static class MudControls
{
    /// <summary>Opens a MudBlazor select found by its label inside <paramref name="scope"/> and picks an option.</summary>
    public static async Task ChooseAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasTextString = label }) }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
