namespace Dyad.Core.Alerts;

/// <summary>A rule's key with one of its findings.</summary>
public sealed record RuleFinding(string RuleKey, Finding Finding);

/// <summary>
/// Brings an account's alerts in line with what the rules find now: a finding with an open alert updates it, a new
/// finding opens one, unless a user closed it while the condition still holds, and an open alert whose finding is gone
/// clears.
/// </summary>
public static class AlertLedger
{
    /// <param name="existing">The account's open alerts and those a user closed that still <see cref="Alert.Silences"/>.</param>
    /// <returns>The alerts to add.</returns>
    public static IReadOnlyList<Alert> Reconcile(Guid workspaceId, Guid accountId, IReadOnlyCollection<Alert> existing,
        IReadOnlyCollection<RuleFinding> findings, DateTimeOffset now)
    {
        var found = findings.GroupBy(f => (f.RuleKey, f.Finding.ReasonKey)).ToDictionary(g => g.Key, g => g.First().Finding);
        var opened = new List<Alert>();
        foreach (var (key, finding) in found)
        {
            var mine = existing.Where(a => a.RuleKey == key.RuleKey && a.ReasonKey == key.ReasonKey).ToList();
            if (mine.FirstOrDefault(a => a.IsOpen) is { } open)
            {
                open.Seen(finding, now);
            }
            else if (!mine.Any(a => a.Silences))
            {
                opened.Add(new Alert(workspaceId, accountId, key.RuleKey, finding, now));
            }
        }
        foreach (var gone in existing.Where(a => !found.ContainsKey((a.RuleKey, a.ReasonKey))))
        {
            gone.ConditionGone(now);
        }
        return opened;
    }
}
