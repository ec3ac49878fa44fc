using Dyad.Core.Common;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;

namespace Dyad.Core.Tests.Feedback.Inbox;

public class WorkspaceCodebookTests
{
    private static readonly OwnedKeyword[] Keywords = [new("responsiveness", null, ["quick reply"])];

    [Fact]
    public void A_codebook_saved_without_thresholds_gets_those_of_004()
    {
        var codebook = new WorkspaceCodebook(Guid.NewGuid(), new CodebookDraft("Service", Keywords), DateTimeOffset.UnixEpoch);

        Assert.Equal([(Codebook004.CustomerExperience, 3), (Codebook004.CustomerService, 2)], codebook.Thresholds.Select(t => (t.Topic, t.Minimum)));
        Assert.Equal(1, codebook.OtherTopicsThreshold);
    }

    [Fact]
    public void Thresholds_need_a_topic_named_once_and_a_number_of_answers_from_one()
    {
        var draft = new CodebookDraft("Service", Keywords,
            [new("customer service", 2), new(" Customer Service ", 3), new(" ", 2), new("delivery", 0)], OtherTopicsThreshold: 1001);

        var refused = Assert.Throws<DomainValidationException>(() => new WorkspaceCodebook(Guid.NewGuid(), draft, DateTimeOffset.UnixEpoch));

        Assert.Equal(["otherTopicsThreshold", "thresholds[1].topic", "thresholds[2].topic", "thresholds[3].minimum"], refused.Errors.Keys.Order());
    }

    [Fact]
    public void Saving_keeps_the_thresholds_given_trimmed()
    {
        var codebook = new WorkspaceCodebook(Guid.NewGuid(), new CodebookDraft("Service", Keywords), DateTimeOffset.UnixEpoch);

        codebook.Update(new CodebookDraft("Service", Keywords, [new(" delivery ", 4)], OtherTopicsThreshold: 2));

        Assert.Equal([("delivery", 4)], codebook.Thresholds.Select(t => (t.Topic, t.Minimum)));
        Assert.Equal(2, codebook.OtherTopicsThreshold);
    }
}
