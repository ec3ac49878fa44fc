using Markdig;
using Microsoft.AspNetCore.Components;

namespace Dyad.Web.Handbook;

/// <summary>
/// A section's Markdown as HTML for the page. Raw HTML in the text is not passed through, so whatever a section holds
/// (customers' words included) cannot add markup or script to the page.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static MarkupString Render(string markdown) => new(Markdown.ToHtml(markdown, Pipeline));
}
