using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Experiences;

/// <summary>
/// How finely a target experience is described (002): a general aim ("a positive experience", "avoid negative experiences")
/// or a nuanced experience named by the responses it should evoke.
/// </summary>
public enum Granularity
{
    General,
    Nuanced,
}

/// <summary>
/// The four nuanced categories of 002, a general theme (happiness, peak experiences) or a category the workspace names
/// itself. Kept apart from the survey items' <see cref="TargetExperienceCategory"/>, which has items only for the four.
/// </summary>
public enum ExperienceCategory
{
    Effortless,
    Secure,
    Sympathetic,
    Inspiring,
    GeneralTheme,
    Custom,
}

/// <summary>Where the experience is meant to happen (002): at one touchpoint, along the journey, or in the customer's business.</summary>
public enum ExperienceScope
{
    Touchpoint,
    Journey,
    CustomersBusiness,
}

/// <summary>Whose experience it is (002): the buying centre (sales-dominant), the usage centre (user-dominant) or both.</summary>
public enum ExperiencePerspective
{
    BuyingCentre,
    UsageCentre,
    Holistic,
}

/// <summary>The responses to evoke and to avoid on one experiential dimension.</summary>
public sealed record DimensionResponses(ExperienceDimension Dimension, IReadOnlyList<string>? Evoke = null, IReadOnlyList<string>? Avoid = null);

/// <summary>The part of the provider's strategy a target experience serves (002 Table 14): position, brand, value promise.</summary>
public sealed record StrategyStatement(string? CompetitivePosition = null, string? BrandAssociation = null, string? ValueProposition = null);

/// <summary>
/// Everything a workspace says about one target experience; each saved change of it is a version.
/// </summary>
/// <param name="CategoryName">The name of a general theme or custom category; the four nuanced categories name themselves.</param>
/// <param name="Roles">The buying-centre roles the experience is meant for; none means everyone.</param>
/// <param name="ExchangeType">The kind of account it is meant for; null for both.</param>
/// <param name="IntendedAttainment">The attainment (0-100) the firm aims for; realized attainment is held against it.</param>
public sealed record TargetExperienceDefinition(
    string Name,
    Granularity Granularity,
    ExperienceCategory Category,
    ExperienceScope Scope,
    ExperiencePerspective Perspective,
    string? Description = null,
    string? CategoryName = null,
    IReadOnlyList<DimensionResponses>? Dimensions = null,
    IReadOnlyList<BuyingCentreRole>? Roles = null,
    RelationshipType? ExchangeType = null,
    StrategyStatement? Strategy = null,
    int IntendedAttainment = TargetExperienceDefinition.DefaultIntendedAttainment)
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int ResponseMaxLength = 80;
    public const int StatementMaxLength = 1000;

    /// <summary>Three quarters of the way to the best: a demanding but reachable aim when nobody has set one.</summary>
    public const int DefaultIntendedAttainment = 75;

    /// <summary>The definition as stored: text trimmed, blanks dropped, lists in a fixed order, so two equal aims compare equal.</summary>
    public TargetExperienceDefinition Normalized()
    {
        var strategy = Strategy is null
            ? null
            : new StrategyStatement(Blank.ToNull(Strategy.CompetitivePosition), Blank.ToNull(Strategy.BrandAssociation), Blank.ToNull(Strategy.ValueProposition));
        return this with
        {
            Name = Name?.Trim() ?? "",
            Description = Blank.ToNull(Description),
            CategoryName = Category is ExperienceCategory.GeneralTheme or ExperienceCategory.Custom ? Blank.ToNull(CategoryName) : null,
            Dimensions = (Dimensions ?? [])
                .Select(d => new DimensionResponses(d.Dimension, Clean(d.Evoke), Clean(d.Avoid)))
                .Where(d => d.Evoke!.Count > 0 || d.Avoid!.Count > 0)
                .OrderBy(d => d.Dimension)
                .ToArray(),
            Roles = (Roles ?? []).Distinct().Order().ToArray(),
            Strategy = strategy is { CompetitivePosition: null, BrandAssociation: null, ValueProposition: null } ? null : strategy,
        };
    }

    /// <summary>Field errors keyed as the API and the editor name the fields.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require("name", Name, NameMaxLength, "Name")
            .MaxLength("description", Description, DescriptionMaxLength, "Description")
            .Defined("granularity", Granularity, "Granularity")
            .Defined("category", Category, "Category")
            .Defined("scope", Scope, "Scope")
            .Defined("perspective", Perspective, "Perspective");
        if (Category is ExperienceCategory.GeneralTheme or ExperienceCategory.Custom)
        {
            errors.Require("categoryName", CategoryName, NameMaxLength, "The name of a theme or custom category");
        }
        if (Granularity == Granularity.General && Category is not (ExperienceCategory.GeneralTheme or ExperienceCategory.Custom))
        {
            errors.Add("granularity", "A general target experience has a general theme or a custom category; the four named categories are nuanced.");
        }
        foreach (var (index, dimension) in (Dimensions ?? []).Index())
        {
            errors.Defined($"dimensions[{index}].dimension", dimension.Dimension, "Dimension");
            CheckResponses(errors, $"dimensions[{index}].evoke", dimension.Evoke);
            CheckResponses(errors, $"dimensions[{index}].avoid", dimension.Avoid);
            var both = Clean(dimension.Evoke).Intersect(Clean(dimension.Avoid), StringComparer.OrdinalIgnoreCase).ToArray();
            if (both.Length > 0)
            {
                errors.Add($"dimensions[{index}].avoid", $"'{both[0]}' cannot be both evoked and avoided.");
            }
        }
        if ((Dimensions ?? []).GroupBy(d => d.Dimension).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add("dimensions", $"The {twice.Key.ToLabel()} dimension is described twice.");
        }
        foreach (var (index, role) in (Roles ?? []).Index())
        {
            errors.Defined($"roles[{index}]", role, "Role");
        }
        if (ExchangeType is { } exchange)
        {
            errors.Defined("exchangeType", exchange, "Exchange type");
        }
        errors.MaxLength("strategy.competitivePosition", Strategy?.CompetitivePosition, StatementMaxLength, "Competitive position")
            .MaxLength("strategy.brandAssociation", Strategy?.BrandAssociation, StatementMaxLength, "Brand association")
            .MaxLength("strategy.valueProposition", Strategy?.ValueProposition, StatementMaxLength, "Value proposition");
        if (IntendedAttainment is < Attainment.Lowest or > Attainment.Highest)
        {
            errors.Add("intendedAttainment", $"The intended attainment runs from {Attainment.Lowest} to {Attainment.Highest}.");
        }
        return errors;
    }

    private static void CheckResponses(FieldErrors errors, string field, IReadOnlyList<string>? responses)
    {
        foreach (var (index, response) in (responses ?? []).Index())
        {
            errors.MaxLength($"{field}[{index}]", response, ResponseMaxLength, "A response");
        }
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? responses) =>
        (responses ?? []).Select(Blank.ToNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
