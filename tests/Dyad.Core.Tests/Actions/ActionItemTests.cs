using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Actions;

public class ActionItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ActionItem Action() =>
        new(Guid.NewGuid(), new ActionDetails(ActionType.Risk, "Call back", Guid.NewGuid(), Now.AddDays(3)), Now, "test");

    [Fact]
    public void The_detractor_playbook_gives_tasks_due_from_the_day_the_action_opens()
    {
        var (_, details) = BuiltInPlaybooks.All.Single(p => p.Key == BuiltInPlaybooks.DetractorKey);
        var action = new ActionItem(Guid.NewGuid(), new ActionDetails(ActionType.Risk, "NPS 2", Guid.NewGuid(), Now.AddDays(14)), Now, "rule",
            new Playbook(Guid.NewGuid(), details));

        Assert.Equal([Now.AddDays(1), Now.AddDays(3), Now.AddDays(7), Now.AddDays(14)], action.Tasks.Select(t => t.DueAt!.Value));
    }

    [Fact]
    public void Closing_the_loop_names_every_missing_part_and_leaves_the_action_open()
    {
        var action = Action();

        var refused = Assert.Throws<DomainValidationException>(() => action.CloseLoop(new LoopClosure(null, " ", null, null, " "), Now));
        var badAddress = Assert.Throws<DomainValidationException>(() =>
            action.CloseLoop(new LoopClosure(null, null, "not-an-address", DateOnly.FromDateTime(Now.UtcDateTime), "Agreed."), Now));

        Assert.Equal(["contact", "ContactedOn", "Outcome"], refused.Errors.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(["ContactEmail"], badAddress.Errors.Keys);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Throws<DomainValidationException>(() => action.ChangeStatus(ActionStatus.LoopClosed, Now));
    }

    [Fact]
    public void A_contact_date_in_the_future_is_refused_and_a_complete_closure_closes_the_loop()
    {
        var action = Action();
        var tomorrowPlusOne = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(2);

        Assert.Throws<DomainValidationException>(() => action.CloseLoop(new LoopClosure(null, "Eva", null, tomorrowPlusOne, "Agreed."), Now));
        action.CloseLoop(new LoopClosure(null, " Eva ", null, DateOnly.FromDateTime(Now.UtcDateTime), "Agreed a fix."), Now);

        Assert.Equal((ActionStatus.LoopClosed, "Eva", Now), (action.Status, action.Closure!.ContactName, action.ClosedAt));
    }

    [Fact]
    public void An_action_is_overdue_after_its_due_date_until_it_is_done()
    {
        var action = Action();
        Assert.False(action.IsOverdue(Now));
        Assert.True(action.IsOverdue(Now.AddDays(4)));

        action.ChangeStatus(ActionStatus.Cancelled, Now);

        Assert.False(action.IsOverdue(Now.AddDays(4)));
    }

    [Theory]
    [InlineData(BuiltInInstruments.NpsKey, QuestionType.Nps, 6, "NPS")]
    [InlineData(BuiltInInstruments.NpsKey, QuestionType.Nps, 7, null)]
    [InlineData(BuiltInInstruments.CsatKey, QuestionType.Rating, 2, "CSAT")]
    [InlineData(BuiltInInstruments.CsatKey, QuestionType.Rating, 3, null)]
    [InlineData(BuiltInInstruments.CesKey, QuestionType.Rating, 3, "CES")]
    [InlineData(BuiltInInstruments.CesKey, QuestionType.Rating, 4, null)]
    [InlineData(null, QuestionType.Rating, 1, null)]
    public void The_response_rule_fires_at_or_below_each_default_limit(string? instrument, QuestionType type, int score, string? measure)
    {
        Question[] questions = [new(BuiltInInstruments.ScoreQuestion, type, LocalizedText.Of("?", "?"), Min: 1, Max: 7)];

        var finding = ResponseRules.Default.Check(instrument, questions, new Dictionary<string, Answer> { ["score"] = new(Number: score) });

        Assert.Equal(measure, finding?.Measure);
        Assert.Null((ResponseRules.Default with { Enabled = false }).Check(instrument, questions,
            new Dictionary<string, Answer> { ["score"] = new(Number: score) }));
    }

    [Fact]
    public void A_failed_delivery_waits_twice_as_long_each_time_and_fails_after_the_last_attempt()
    {
        var endpoint = new WebhookEndpoint(Guid.NewGuid(), new WebhookDetails("https://hooks.example/dyad", ["action.created"]), Now);
        var delivery = new WebhookDelivery(endpoint, Guid.NewGuid(), WebhookEventType.ActionCreated, "{}", Now);
        var waits = new List<TimeSpan>();
        var at = Now;
        while (delivery.Status == WebhookDeliveryStatus.Pending)
        {
            delivery.Record(500, "Internal Server Error", at);
            if (delivery.NextAttemptAt is { } next)
            {
                waits.Add(next - at);
                at = next;
            }
        }

        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.Equal(WebhookDelivery.MaxAttempts, delivery.Attempts);
        Assert.Equal([30, 60, 120, 240, 480, 960, 1920], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void The_signature_is_the_hmac_of_timestamp_and_body()
    {
        // Reference value computed independently: printf '1795395600.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        var header = WebhookSignature.Sign("whsec_test", DateTimeOffset.FromUnixTimeSeconds(1795395600), "{\"a\":1}");

        Assert.Equal("t=1795395600,v1=a8521e168086cbc4eaaddbfcd48086622e6581753c49791a597ade51600f6ccc", header);
    }
}
