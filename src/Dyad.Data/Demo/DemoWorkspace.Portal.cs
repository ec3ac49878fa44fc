using System.Text;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Portal;
using Dyad.Core.Touchpoints;
using Dyad.Data.Portal;
using Dyad.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    /// <summary>The demo's customer user: signs in to the portal at /portal/sign-in with the demo password.</summary>
    public const string PortalCustomerEmail = "jussi.virtanen@customer.example";

    /// <summary>
    /// The showcase order's portal (004): its steps with owners and dates, the kick-off minutes in two versions that the
    /// customer follows, the shared task list, an expert per topic and a question answered within the day.
    /// </summary>
    private async Task AddPortalAsync(Guid workspaceId, IReadOnlyDictionary<string, Guid> people, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var account = await db.Accounts.SingleAsync(a => a.Name == ShowcaseAccount, cancellationToken);
        var journey = await db.Journeys.SingleAsync(j => j.Name == ShowcaseJourney, cancellationToken);
        var template = await db.JourneyTemplates.Include(t => t.Phases).SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        var jussi = await db.Stakeholders.SingleAsync(s => s.Email == PortalCustomerEmail, cancellationToken);
        var (laura, kenneth) = (people["laura"], people["consultant"]);

        var customer = new CustomerUser(jussi, null, "Laura Niemi", now.AddDays(-100));
        customer.SetPassword(Password, p => new PasswordHasher<CustomerUser>().HashPassword(customer, p), CommonPasswords.Contains);
        customer.SignedIn(now.AddDays(-2));
        db.CustomerUsers.Add(customer);
        db.PortalVisits.Add(new PortalVisit(customer, "/portal", now.AddDays(-2)));

        foreach (var (phase, title, due, done, owner, ownerName) in new (int, string, int, int?, Guid, string)[]
                 {
                     (1, "Kick-off meeting held", -110, -110, laura, "Laura Niemi"),
                     (2, "Layout drawings approved", 10, null, kenneth, "Kenneth Smit"),
                     (3, "Factory visit", 45, null, laura, "Laura Niemi"),
                     (4, "Factory acceptance test", 75, null, kenneth, "Kenneth Smit"),
                     (5, "Delivery on site", 100, null, laura, "Laura Niemi"),
                 })
        {
            db.Milestones.Add(new Milestone(journey, template,
                new MilestoneDetails(phase, title, today.AddDays(due), owner, done is { } d ? today.AddDays(d) : null), ownerName));
        }

        db.ExpertTopics.Add(new ExpertTopic(workspaceId, "Engineering and drawings", kenneth, "Kenneth Smit"));
        db.ExpertTopics.Add(new ExpertTopic(workspaceId, "Delivery and freight", laura, "Laura Niemi"));

        var minutes = new PortalDocument(account, new DocumentDetails("Kick-off minutes", DocumentKind.Minutes, laura, journey.Id), "Laura Niemi", now.AddDays(-108));
        foreach (var (version, daysAgo, note) in new[] { (1, -108, (string?)null), (2, -100, "Action list updated after the customer's review") })
        {
            var text = $"Kick-off minutes, {ShowcaseJourney}, version {version}\n\nAttendees: Mikko Lahtinen, Jussi Virtanen, Laura Niemi, Kenneth Smit.\n";
            await using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
            var stored = await portalFiles.SaveAsync(new UploadedFile($"kick-off-minutes-v{version}.txt", content, content.Length), cancellationToken);
            minutes.AddVersion(stored, note, "Laura Niemi", now.AddDays(daysAgo));
        }
        db.PortalDocuments.Add(minutes);
        db.DocumentFollows.Add(new DocumentFollow(minutes, customer, now.AddDays(-105)));

        db.SharedTasks.Add(new SharedTask(workspaceId, account.Id, new SharedTaskDetails("Confirm site access for the factory visit", TaskSide.Customer,
            "Jussi Virtanen", today.AddDays(30)), "Laura Niemi", now.AddDays(-20)));
        var pid = new SharedTask(workspaceId, account.Id, new SharedTaskDetails("Send the updated P&ID", TaskSide.Provider, "Kenneth Smit", today.AddDays(-5)),
            "Jussi Virtanen", now.AddDays(-15));
        pid.MarkDone(true, "Kenneth Smit", now.AddDays(-6));
        db.SharedTasks.Add(pid);

        var askedAt = now.AddDays(-12);
        var logged = new CustomerCommunication(account, new CommunicationDetails(CommunicationKind.Question, askedAt,
            "Can the factory acceptance test include a run at full load?", jussi.Id, Channel.Portal), [jussi], [], "Jussi Virtanen (portal)", askedAt);
        var question = new PortalQuestion(customer, new QuestionSubject(), new Expert(kenneth, "Kenneth Smit", "is the expert for Engineering and drawings"),
            "Can the factory acceptance test include a run at full load?", logged.Id, askedAt);
        question.Reply("Yes: we will run it at full load for four hours and add the log to the FAT report.", "Kenneth Smit", askedAt.AddHours(5));
        logged.RecordAnswer("Kenneth Smit", askedAt.AddHours(5));
        db.Communications.Add(logged);
        db.PortalQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
    }
}
