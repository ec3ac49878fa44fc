using Dyad.Core.Common;

namespace Dyad.Core.Experiences;

/// <summary>One field that differs between two versions, each side as a reader would say it ("" when unset).</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>What changed between two definitions of a target experience, field by field, in the editor's order.</summary>
public static class DefinitionDiff
{
    public static IReadOnlyList<FieldChange> Between(TargetExperienceDefinition before, TargetExperienceDefinition after) =>
        Fields(before).Zip(Fields(after), (b, a) => new FieldChange(b.Field, b.Text, a.Text))
            .Where(change => change.Before != change.After)
            .ToArray();

    private static IEnumerable<(string Field, string Text)> Fields(TargetExperienceDefinition definition)
    {
        yield return ("name", definition.Name);
        yield return ("description", definition.Description ?? "");
        yield return ("granularity", definition.Granularity.ToLabel());
        yield return ("category", definition.Category.ToLabel());
        yield return ("categoryName", definition.CategoryName ?? "");
        foreach (var dimension in Enum.GetValues<Surveys.Instruments.ExperienceDimension>())
        {
            var responses = definition.Dimensions?.FirstOrDefault(d => d.Dimension == dimension);
            var name = dimension.ToText();
            yield return ($"{name}.evoke", string.Join(", ", responses?.Evoke ?? []));
            yield return ($"{name}.avoid", string.Join(", ", responses?.Avoid ?? []));
        }
        yield return ("scope", definition.Scope.ToLabel());
        yield return ("perspective", definition.Perspective.ToLabel());
        yield return ("roles", string.Join(", ", (definition.Roles ?? []).Select(r => r.ToLabel())));
        yield return ("exchangeType", definition.ExchangeType?.ToLabel() ?? "");
        yield return ("strategy.competitivePosition", definition.Strategy?.CompetitivePosition ?? "");
        yield return ("strategy.brandAssociation", definition.Strategy?.BrandAssociation ?? "");
        yield return ("strategy.valueProposition", definition.Strategy?.ValueProposition ?? "");
        yield return ("intendedAttainment", definition.IntendedAttainment.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
