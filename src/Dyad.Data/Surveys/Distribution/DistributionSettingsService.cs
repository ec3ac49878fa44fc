using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>The workspace's fatigue cap and reminder rules.</summary>
public sealed class DistributionSettingsService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<DistributionRules> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RulesAsync(db, cancellationToken);
    }

    public async Task<DistributionRules> UpdateAsync(DistributionRules rules, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.DistributionSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.DistributionSettings.Add(new DistributionSettings(db.Scope.Required, rules));
        }
        else
        {
            settings.Update(rules);
        }
        await db.SaveChangesAsync(cancellationToken);
        return rules;
    }

    internal static async Task<DistributionRules> RulesAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        (await db.DistributionSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Rules ?? DistributionRules.Default;
}
