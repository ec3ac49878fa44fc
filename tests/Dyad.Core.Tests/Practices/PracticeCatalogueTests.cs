using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Practices;

public class PracticeCatalogueTests
{
    private static readonly PracticeCatalogue Catalogue = PracticeCatalogue.BuiltIn;

    private static readonly string[] NamesOf000Table4 =
    [
        "Provide constructive advice",
        "Tailor value promise",
        "Analyze the problem thoroughly",
        "Solve problems ad hoc",
        "Steer toward solutions",
        "Manage the relationship strategically",
        "Take decisive action",
        "Manage expectations",
        "Empathize with the customer",
        "Stabilize the situation",
    ];

    private static readonly string[] NamesOf001Table1 =
    [
        "Solving problems ad hoc",
        "Repairing the situation",
        "Analysing the problem thoroughly",
        "Advising constructively",
        "Tailoring value promise",
        "Acting solution oriented",
        "Acting decisively",
        "Empathising in customer",
        "Advising proactively",
        "Managing expectations",
        "Managing relation strategically",
        "Managing SVE uncoordinatedly",
        "Communicating slowly",
        "Acting avoidantly",
        "Selling opportunistically and insistently",
    ];

    public static TheoryData<string> NamesIn000Table4 => new(NamesOf000Table4);

    [Fact]
    public void Merging_both_source_lists_leaves_fifteen_practices_eleven_facilitating_and_four_destructing()
    {
        Assert.Equal(15, Catalogue.Practices.Count);
        Assert.Equal(11, Catalogue.Practices.Count(p => p.Polarity == PracticePolarity.Facilitating));
        Assert.Equal(4, Catalogue.Practices.Count(p => p.Polarity == PracticePolarity.Destructing));
    }

    [Fact]
    public void All_twenty_five_source_names_resolve_to_fifteen_distinct_practices()
    {
        var names = NamesOf000Table4.Concat(NamesOf001Table1).ToList();

        var practices = names.Select(name => Catalogue.Find(name) ?? throw new Xunit.Sdk.XunitException($"'{name}' does not resolve")).ToList();

        Assert.Equal(25, names.Count);
        Assert.Equal(15, practices.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(NamesIn000Table4))]
    public void Every_practice_of_000_Table_4_is_merged_into_one_of_001(string name)
    {
        var practice = Catalogue.Find(name)!;

        Assert.NotNull(practice.TypologyNumber);
        Assert.NotNull(practice.ActivityCode);
        Assert.Equal(PracticePolarity.Facilitating, practice.Polarity);
    }

    [Theory]
    [InlineData("Analyze the problem thoroughly", "Analysing the problem thoroughly")]
    [InlineData("Empathize with the customer", "Empathising in customer")]
    [InlineData("Stabilize the situation", "Repairing the situation")]
    [InlineData("Steer toward solutions", "Acting solution oriented")]
    [InlineData("Provide constructive advice", "Advising constructively")]
    [InlineData("Manage the relationship strategically", "Managing relation strategically")]
    public void A_name_from_000_is_an_alias_of_the_same_practice_in_001(string name000, string name001)
    {
        Assert.Same(Catalogue.Find(name001), Catalogue.Find(name000));
    }

    [Fact]
    public void Advising_proactively_stays_apart_from_constructive_advice()
    {
        Assert.NotSame(Catalogue.Find("Advising constructively"), Catalogue.Find("Advising proactively"));
    }

    [Theory]
    [InlineData("EMPATHIZE WITH THE CUSTOMER")]
    [InlineData("  empathising   in customer ")]
    [InlineData("Empathising-in-customer")]
    public void Lookup_ignores_case_spacing_and_hyphens(string name)
    {
        Assert.Equal(PracticeKeys.Empathising, Catalogue.Find(name)?.Key);
    }

    [Fact]
    public void Unknown_name_is_not_found()
    {
        Assert.Null(Catalogue.Find("Cold calling"));
    }

    [Theory]
    [InlineData("6. Acting solution oriented", PracticeKeys.ActingSolutionOriented)]
    [InlineData("11. Managing relation strategically", PracticeKeys.ManagingRelationStrategically)]
    [InlineData("A. Managing SVE uncoordinated", PracticeKeys.ManagingUncoordinatedly)]
    [InlineData("D. Selling opportunistically and insistently", PracticeKeys.SellingOpportunistically)]
    [InlineData("Repairing situation", PracticeKeys.RepairingTheSituation)]
    [InlineData("P5. Steer toward solutions", PracticeKeys.ActingSolutionOriented)]
    [InlineData("P2. Tailor the value promise", PracticeKeys.TailoringValuePromise)]
    public void Coded_labels_from_the_source_tables_resolve(string label, string key)
    {
        Assert.Equal(key, Catalogue.Resolve(label).Key);
    }

    [Fact]
    public void A_known_name_wins_over_a_mistyped_number()
    {
        Assert.Equal(PracticeKeys.Empathising, Catalogue.Resolve("7. Empathising in customer").Key);
    }

    [Theory]
    [InlineData("9. Garbled in extraction", PracticeKeys.AdvisingProactively)]
    [InlineData("P10. Garbled in extraction", PracticeKeys.RepairingTheSituation)]
    [InlineData("b.", PracticeKeys.CommunicatingSlowly)]
    public void An_unknown_name_falls_back_to_its_number(string label, string key)
    {
        Assert.Equal(key, Catalogue.Resolve(label).Key);
    }

    [Fact]
    public void Resolving_an_unknown_label_names_the_label()
    {
        var error = Assert.Throws<DomainValidationException>(() => Catalogue.Resolve("Cold calling"));

        Assert.Contains("Cold calling", error.Message);
    }

    [Fact]
    public void Every_activity_code_of_001_Table_1_resolves()
    {
        var codes = Enumerable.Range(1, 11).Select(n => n.ToString()).Concat(["A", "B", "C", "D"]);

        Assert.All(codes, code => Assert.NotNull(Catalogue.FindByActivityCode(code)));
    }

    [Fact]
    public void A_catalogue_refuses_a_name_that_would_mean_two_practices()
    {
        PracticeDefinition[] practices =
        [
            new("listening", "Listening", "Hears the customer out.", PracticePolarity.Facilitating, ["Hearing out"]),
            new("hearing", "Hearing out", "Lets the customer finish.", PracticePolarity.Facilitating),
        ];

        var error = Assert.Throws<DomainValidationException>(() => new PracticeCatalogue(practices));

        Assert.Contains("Hearing out", error.Message);
    }

    [Theory]
    [InlineData("Listening")]
    [InlineData("listening now")]
    [InlineData("")]
    public void A_practice_key_must_be_lower_case_words_joined_by_underscores(string key)
    {
        Assert.Throws<DomainValidationException>(() =>
            new PracticeDefinition(key, "Listening", "Hears the customer out.", PracticePolarity.Facilitating));
    }
}
