using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Workspaces;

/// <summary>How the workspace presents itself on the respondent page, with the text colour that reads on its accent.</summary>
public sealed record BrandingView(string DisplayName, string AccentColour, string TextOnAccent, string? LogoUrl, string? ThankYouText)
{
    internal static BrandingView Of(string displayName, string accentColour, string? logoUrl, string? thankYouText) =>
        new(displayName, accentColour, WorkspaceBranding.TextColourOn(accentColour), logoUrl, thankYouText);
}

/// <summary>Reading and setting the workspace's branding; a workspace that never set one shows its own name in Dyad's colour.</summary>
public sealed class BrandingService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<BrandingView> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var branding = await db.WorkspaceBrandings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (branding is not null)
        {
            return BrandingView.Of(branding.DisplayName, branding.AccentColour, branding.LogoUrl, branding.ThankYouText);
        }
        var workspaceId = db.Scope.Required;
        var name = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        return BrandingView.Of(name, WorkspaceBranding.DefaultAccentColour, null, null);
    }

    public async Task<BrandingView> SaveAsync(BrandingDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var branding = await db.WorkspaceBrandings.SingleOrDefaultAsync(cancellationToken);
        if (branding is null)
        {
            db.WorkspaceBrandings.Add(new WorkspaceBranding(db.Scope.Required, details));
        }
        else
        {
            branding.Update(details);
        }
        await db.SaveOrConflictAsync("Someone else saved the branding at the same moment; reload and try again.", cancellationToken);
        return await GetAsync(cancellationToken);
    }
}
