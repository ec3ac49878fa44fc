using Dyad.Core.Actions;
using Dyad.Data.Actions;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    /// <summary>
    /// Actions as the detractor rule would have opened them on the relationship NPS's latest detractors, at three stages:
    /// the loop closed, in progress, and open past its due date; and an improvement opened by hand. Made directly, as the demo's responses
    /// are stored without passing the rule.
    /// </summary>
    private async Task AddActionsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rules = ResponseRules.Default;
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Name == NpsSurvey, cancellationToken);
        var detractors = (await db.SurveyResponses.AsNoTracking()
                .Where(r => r.SurveyId == survey.Id && r.AccountId != null && r.StakeholderId != null)
                .OrderByDescending(r => r.SubmittedAt).Take(100).ToListAsync(cancellationToken))
            .Select(r => (Response: r, Finding: rules.Check(survey.Instrument, survey.Questions, r.Answers)))
            .Where(r => r.Finding is not null)
            .DistinctBy(r => r.Response.AccountId)
            .Take(3).ToList();
        var playbook = await db.Playbooks.AsNoTracking().SingleAsync(p => p.BuiltInKey == BuiltInPlaybooks.DetractorKey, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var people = await db.Stakeholders.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var workspaceId = scope.Required;

        foreach (var ((response, finding), stage) in detractors.Select((d, i) => (d, i)))
        {
            var account = accounts[response.AccountId!.Value];
            var person = people[response.StakeholderId!.Value];
            // The closed one is old enough to have been dealt with; the open one is past its due date, so the job escalates it.
            var opened = now.AddDays(stage switch { 0 => -20, 1 => -4, _ => -16 });
            var action = new ActionItem(workspaceId, new ActionDetails(ActionType.Risk, $"{finding!.Measure} {finding.Score} from {person.Name} ({account.Name})",
                    account.Id, opened.AddDays(playbook.Span), ActionPriority.High, account.OwnerId,
                    $"Answer to \"{survey.Name}\" on {response.SubmittedAt:yyyy-MM-dd}.", new ActionLinks(ResponseId: response.Id)),
                opened, ResponseActionRule.CreatedBy, playbook, finding.Reason, ResponseActionRule.SourceKey(response.Id));
            var owner = account.OwnerId is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync(cancellationToken) : "Demo Admin";
            switch (stage)
            {
                case 0:
                    action.Tasks[0].Check(true, owner, opened.AddHours(5));
                    action.Tasks[1].Check(true, owner, opened.AddDays(2));
                    action.AddComment(account.OwnerId, owner, $"Called {person.Name}: our status updates came too late to plan with; agreed a fixed weekly day.",
                        opened.AddHours(5));
                    action.CloseLoop(new LoopClosure(person.Id, null, null, DateOnly.FromDateTime(opened.AddDays(9).UtcDateTime),
                        "Status updates now go out every Monday; the customer confirmed the last three arrived on time."), opened.AddDays(9));
                    break;
                case 1:
                    action.Tasks[0].Check(true, owner, opened.AddHours(20));
                    action.ChangeStatus(ActionStatus.InProgress, opened.AddHours(20));
                    action.AddComment(account.OwnerId, owner, "Called; a colleague stood in at their last meeting without a handover. Checking what was promised there.",
                        opened.AddHours(20));
                    break;
            }
            db.ActionItems.Add(action);
        }

        var manufacturing = accounts.Values.Where(a => a.Segment == ManufacturingSegment).OrderBy(a => a.Name).FirstOrDefault();
        if (manufacturing is not null)
        {
            var improvement = await db.Playbooks.AsNoTracking().SingleAsync(p => p.ActionType == ActionType.Improvement && p.IsDefault, cancellationToken);
            db.ActionItems.Add(new ActionItem(workspaceId, new ActionDetails(ActionType.Improvement, "Faster answers to technical questions",
                manufacturing.Id, now.AddDays(80), ActionPriority.Medium, manufacturing.OwnerId,
                "Responsiveness leads the 004 keyword table (8 mentions); aim for answers within 24 hours."), now.AddDays(-10), "Sanne Kuipers", improvement));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
