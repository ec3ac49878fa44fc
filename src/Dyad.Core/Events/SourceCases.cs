using Dyad.Core.Practices;

namespace Dyad.Core.Events;

/// <summary>
/// The 18 critical events of the fieldwork behind 000 and 001, coded as 001 Table 2 codes them: eight
/// at Train&amp;Co and ten at MonITor, as 000 section 4.1 counts them. Second-order practices are given as
/// Table 2 prints them and resolved through the built-in catalogue. Where 000 Appendix 1 narrates the same
/// event, each practice carries the modes the illustration gives it. Experience states are our reading of
/// the case text against the scale of <see cref="ExperienceState"/>.
/// </summary>
public static partial class SourceCases
{
    public static IReadOnlyList<SourceCase> All { get; } = [.. BeforeUsage(), .. UsageAndAfter()];

    /// <summary>Every (phase, practice) pair coded in the cases, the input of <see cref="Recurrence.Matrix"/>.</summary>
    public static IEnumerable<(int Phase, PracticeDefinition Practice)> Codings =>
        All.SelectMany(c => c.Practices.Select(p => (c.Phase, p.Practice)));

    public static SourceCase Get(string id) =>
        All.SingleOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"There is no source case '{id}'.");

    private static PracticeInstance Coded(string label) =>
        new(PracticeCatalogue.BuiltIn.Resolve(label));

    private static PracticeInstance Coded(string label, ModeOfOrganization organization, ModeOfEngagement engagement) =>
        new(PracticeCatalogue.BuiltIn.Resolve(label), new PracticeMode(organization, engagement));
}
