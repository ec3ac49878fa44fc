using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Experiences;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Web.Components.Experiences;

/// <summary>
/// The editor's mutable copy of a definition: responses typed as comma-separated words. Save sends it whole, so only the
/// domain decides what is valid.
/// </summary>
public sealed class DefinitionDraft
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public Granularity Granularity { get; set; }
    public ExperienceCategory Category { get; set; }
    public string? CategoryName { get; set; }
    public ExperienceScope Scope { get; set; }
    public ExperiencePerspective Perspective { get; set; }
    public IReadOnlyCollection<BuyingCentreRole> Roles { get; set; } = [];
    public RelationshipType? ExchangeType { get; set; }
    public string? CompetitivePosition { get; set; }
    public string? BrandAssociation { get; set; }
    public string? ValueProposition { get; set; }
    public int IntendedAttainment { get; set; }
    public Dictionary<ExperienceDimension, (string Evoke, string Avoid)> Dimensions { get; } = [];

    public static DefinitionDraft From(TargetExperienceDefinition definition)
    {
        var draft = new DefinitionDraft
        {
            Name = definition.Name, Description = definition.Description, Granularity = definition.Granularity, Category = definition.Category,
            CategoryName = definition.CategoryName, Scope = definition.Scope, Perspective = definition.Perspective, Roles = (definition.Roles ?? []).ToArray(),
            ExchangeType = definition.ExchangeType, CompetitivePosition = definition.Strategy?.CompetitivePosition,
            BrandAssociation = definition.Strategy?.BrandAssociation, ValueProposition = definition.Strategy?.ValueProposition,
            IntendedAttainment = definition.IntendedAttainment,
        };
        foreach (var dimension in Enum.GetValues<ExperienceDimension>())
        {
            var responses = definition.Dimensions?.FirstOrDefault(d => d.Dimension == dimension);
            draft.Dimensions[dimension] = (string.Join(", ", responses?.Evoke ?? []), string.Join(", ", responses?.Avoid ?? []));
        }
        return draft;
    }

    public TargetExperienceDefinition ToDefinition() =>
        new(Name, Granularity, Category, Scope, Perspective, Description, CategoryName,
            Dimensions.Select(d => new DimensionResponses(d.Key, Words(d.Value.Evoke), Words(d.Value.Avoid))).ToArray(),
            Roles.ToArray(), ExchangeType, new StrategyStatement(CompetitivePosition, BrandAssociation, ValueProposition), IntendedAttainment);

    public void SetEvoke(ExperienceDimension dimension, string text) => Dimensions[dimension] = (text, Dimensions[dimension].Avoid);

    public void SetAvoid(ExperienceDimension dimension, string text) => Dimensions[dimension] = (Dimensions[dimension].Evoke, text);

    private static string[] Words(string text) => text.Split(',').Select(Blank.ToNull).OfType<string>().ToArray();
}
