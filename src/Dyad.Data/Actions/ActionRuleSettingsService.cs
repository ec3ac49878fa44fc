using Dyad.Core.Actions;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>The workspace's limits for the detractor / low CSAT / low CES rule.</summary>
public sealed class ActionRuleSettingsService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<ResponseRules> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RulesAsync(db, cancellationToken);
    }

    public async Task<ResponseRules> UpdateAsync(ResponseRules rules, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.ActionRuleSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.ActionRuleSettings.Add(new ActionRuleSettings(db.Scope.Required, rules));
        }
        else
        {
            settings.Update(rules);
        }
        await db.SaveChangesAsync(cancellationToken);
        return rules;
    }

    internal static async Task<ResponseRules> RulesAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        (await db.ActionRuleSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Rules ?? ResponseRules.Default;
}
