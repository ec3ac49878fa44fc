using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Security;

/// <summary>
/// Real ids of the demo workspace for the API's path parameters, by the collection they sit in (<c>surveys</c>) or,
/// where one collection name means different rows under different parents, by parent and collection
/// (<c>evidence/codes</c>). Children are taken from their parents so nested routes find them.
/// </summary>
public sealed class DemoIds
{
    private readonly Dictionary<string, Guid> _ids;

    private DemoIds(Dictionary<string, Guid> ids) => _ids = ids;

    public static Task<DemoIds> LoadAsync(DyadApp app) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var ids = new Dictionary<string, Guid>();
            async Task Add(string collection, IQueryable<Guid> query)
            {
                if (await query.Cast<Guid?>().FirstOrDefaultAsync() is { } id)
                {
                    ids[collection] = id;
                }
            }

            var portalAccount = await db.PortalDocuments.Select(d => (Guid?)d.AccountId).FirstOrDefaultAsync();
            var account = portalAccount ?? await db.Accounts.Where(a => a.Name == DemoWorkspace.ShowcaseAccount).Select(a => a.Id).SingleAsync();
            ids["accounts"] = account;
            await Add("stakeholders", db.Stakeholders.OrderByDescending(s => s.AccountId == account).Select(s => s.Id));
            await Add("journeys", db.Journeys.OrderByDescending(j => j.AccountId == account).Select(j => j.Id));
            await Add("communications", db.Communications.OrderByDescending(c => c.AccountId == account).Select(c => c.Id));
            await Add("portal/documents", db.PortalDocuments.Where(d => d.AccountId == account).Select(d => d.Id));
            if (ids.TryGetValue("portal/documents", out var document))
            {
                await Add("documents/versions", db.DocumentVersions.Where(v => v.DocumentId == document).Select(v => v.Id));
            }
            await Add("portal/milestones", db.Milestones.Where(m => m.AccountId == account).Select(m => m.Id));
            await Add("portal/tasks", db.SharedTasks.Where(t => t.AccountId == account).Select(t => t.Id));
            await Add("portal/questions", db.PortalQuestions.Where(q => q.AccountId == account).Select(q => q.Id));
            await Add("portal/users", db.CustomerUsers.Where(u => u.AccountId == account).Select(u => u.Id));
            await Add("portal-topics", db.ExpertTopics.Select(t => t.Id));

            var coding = await db.EvidenceCodings.FirstAsync();
            ids["evidence"] = coding.EvidenceId;
            ids["evidence/codes"] = coding.CodeId;
            ids["events"] = await db.Evidence.Where(e => e.Id == coding.EvidenceId).Select(e => e.EventId).SingleAsync();
            await Add("events/practices", db.EventPractices.Where(p => p.EventId == ids["events"]).Select(p => p.Id));
            await Add("codes", db.FirstOrderCodes.Select(c => c.Id));
            await Add("dimensions", db.AggregateDimensions.Select(d => d.Id));
            await Add("practices", db.Practices.Select(p => p.Id));
            await Add("templates", db.JourneyTemplates.Select(t => t.Id));
            await Add("touchpoints", db.Touchpoints.Select(t => t.Id));

            var survey = await db.SurveyTriggers.Select(t => t.SurveyId).FirstAsync();
            ids["surveys"] = survey;
            await Add("responses", db.SurveyResponses.Where(r => r.SurveyId == survey).Select(r => r.Id));
            await Add("invitations", db.SurveyInvitations.Where(i => i.SurveyId == survey).Select(i => i.Id));
            await Add("triggers", db.SurveyTriggers.Where(t => t.SurveyId == survey).Select(t => t.Id));
            await Add("instruments", db.Instruments.Select(i => i.Id));
            await Add("question-bank", db.QuestionBank.Select(q => q.Id));
            await Add("feedback", db.SurveyResponses.Select(r => r.Id));
            await Add("feedback/notes", db.EmployeeNotes.Select(n => n.Id));
            await Add("codebooks", db.Codebooks.Select(c => c.Id));

            var experience = await db.TargetExperienceLinks.Select(l => l.TargetExperienceId).FirstAsync();
            ids["experiences"] = experience;
            await Add("links", db.TargetExperienceLinks.Where(l => l.TargetExperienceId == experience).Select(l => l.Id));
            await Add("initiatives", db.Initiatives.Select(i => i.Id));

            var action = await db.ActionTasks.Select(t => t.ActionItemId).FirstAsync();
            ids["actions"] = action;
            await Add("actions/tasks", db.ActionTasks.Where(t => t.ActionItemId == action).Select(t => t.Id));
            await Add("playbooks", db.Playbooks.Select(p => p.Id));
            await Add("webhooks", db.WebhookEndpoints.Select(w => w.Id));
            await Add("alerts", db.Alerts.Select(a => a.Id));
            await Add("notifications", db.Notifications.Select(n => n.Id));
            await Add("tokens", db.ApiTokens.Select(t => t.Id));
            // A colleague, not the admin: the attacks must find someone real without risking the workspace's last admin.
            await Add("users", db.Users.Where(u => u.Email == "viewer@demo.example").Select(u => u.Id));
            await Add("reports", db.Reports.Select(r => r.Id));
            await Add("schedules", db.ReportSchedules.Select(r => r.Id));
            await Add("webhooks/inbound", db.InboundEndpoints.Select(e => e.Id));
            return new DemoIds(ids);
        });

    /// <summary>The demo workspace's id for the collection, or null when the demo holds none.</summary>
    public Guid? For(string collection) =>
        _ids.TryGetValue(collection, out var id) ? id
        : _ids.TryGetValue(collection.Split('/').Last(), out id) ? id
        : null;
}
