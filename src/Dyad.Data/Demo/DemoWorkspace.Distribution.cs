using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string FactoryAcceptanceTrigger = "After the factory acceptance test";

    /// <summary>Days back the demo's round of NPS invitations went out.</summary>
    private const int InvitedDaysAgo = 12;

    /// <summary>
    /// The relationship NPS as it is being sent: a trigger that asks the people present at an engineer-to-order factory
    /// acceptance test, and a recent round of invitations in every state the distribution page tells apart. Every unanswered
    /// invitation has had its reminders, and the demo records no recent occurrence, so a scheduler pass in the demo sends
    /// nothing until someone records the next acceptance test.
    /// </summary>
    private async Task AddDistributionAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var survey = await db.Surveys.SingleAsync(s => s.Name == NpsSurvey, cancellationToken);
        db.SurveyTriggers.Add(new SurveyTrigger(survey, new TriggerDetails(FactoryAcceptanceTrigger, TriggerKind.TouchpointOccurred,
            TriggerAudience.Involved, DelayDays: 1, TouchpointName: "Factory acceptance test"), now.AddDays(-60)));

        var segments = new[] { MonitorSegment, TrainingSegment };
        var people = await (
                from person in db.Stakeholders
                join account in db.Accounts on person.AccountId equals account.Id
                where person.Email != null && segments.Contains(account.Segment!)
                orderby person.Name
                select person)
            .Take(5).ToListAsync(cancellationToken);
        var sentAt = now.AddDays(-InvitedDaysAgo);
        var invitations = people.Select(p => SurveyInvitation.Issue(survey, p, surveyLinks.Key, sentAt)).ToList();
        foreach (var invitation in invitations)
        {
            invitation.MarkSent(sentAt);
        }
        var (answered, started, opened, unopened, bounced) = (invitations[0], invitations[1], invitations[2], invitations[3], invitations[4]);

        db.SurveyResponses.Add(answered.Submit(survey, new Dictionary<string, Answer>
        {
            [BuiltInInstruments.ScoreQuestion] = new(Number: 9),
            ["reason"] = new(Text: "The monthly review gives us one place to raise things."),
        }, "en", sentAt.AddHours(20)));
        opened.MarkOpened(sentAt.AddDays(4));
        started.SaveDraft(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: 6) }, sentAt.AddDays(2));
        foreach (var waiting in new[] { started, opened, unopened })
        {
            waiting.MarkReminded(sentAt.AddDays(3));
            waiting.MarkReminded(sentAt.AddDays(6));
        }
        bounced.MarkBounced("550 5.1.1 Mailbox unavailable", sentAt);

        // Asked again a week later by hand, the first person is held back by the fatigue cap.
        var again = SurveyInvitation.Issue(survey, people[0], surveyLinks.Key, sentAt.AddDays(7));
        again.Suppress(sentAt, sentAt.AddDays(7));

        db.SurveyInvitations.AddRange([.. invitations, again]);
        await db.SaveChangesAsync(cancellationToken);
    }
}
