using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class SurveyGroupsTests
{
    [Fact]
    public void Each_group_is_analysed_alone_in_key_order_with_the_blank_group_last()
    {
        (string?, int)[] scores = [("users", 10), (null, 3), ("decision makers", 6), ("users", 9), ("decision makers", 10)];

        var groups = SurveyGroups.Analyze(scores, Nps.Of);

        Assert.Equal(["decision makers", "users", null], groups.Select(g => g.Group));
        Assert.Equal([0.0, 100, -100], groups.Select(g => g.Result.Score!.Value));
    }

    [Fact]
    public void A_split_servqual_analysis_equals_the_analysis_of_each_role_s_respondents()
    {
        var sample = ServqualFixture.Load();

        var groups = SurveyGroups.Analyze(sample.Select(r => ((string?)r.Columns["role"], r.Response)), Servqual.Analyze);

        Assert.Equal(["decision_maker", "user"], groups.Select(g => g.Group));
        Assert.Equal(sample.Count, groups.Sum(g => g.Result.Respondents));
        foreach (var group in groups)
        {
            var alone = Servqual.Analyze(sample.Where(r => r.Columns["role"] == group.Group).Select(r => r.Response).ToArray());
            Assert.Equal(alone.Gap, group.Result.Gap);
            Assert.Equal(alone.Items, group.Result.Items);
            Assert.Equal(alone.Dimensions.Select(d => d.ExpectationReliability.Alpha), group.Result.Dimensions.Select(d => d.ExpectationReliability.Alpha));
        }
        Assert.NotEqual(groups[0].Result.Gap, groups[1].Result.Gap);
    }
}
