using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using static Dyad.Core.Touchpoints.Channel;
using static Dyad.Core.Touchpoints.EncounterType;
using static Dyad.Core.Touchpoints.TouchpointController;
using static Dyad.Core.Touchpoints.Visibility;

namespace Dyad.Data.Demo;

/// <summary>
/// The demo workspace of DOMAIN.md section 3: the customers of the three provider firms of the sources,
/// one segment each — MonITor (IT monitoring consultancy, 000/001), Train&amp;Co (training, 000/001) and
/// an engineer-to-order manufacturer (004) — with the 18 critical events of 001 coded as in the sources.
/// Firm names are the sources' pseudonyms; the people are invented.
/// </summary>
public sealed partial class DemoWorkspace(
    WorkspaceDirectory directory,
    WorkspaceScope scope,
    UserAdministration userAdministration,
    DyadDbContext db,
    Portal.PortalFiles portalFiles,
    Surveys.Distribution.SurveyLinks surveyLinks,
    TimeProvider clock)
{
    public const string Password = "dyad-demo-2026";
    public const string AdminEmail = "admin@demo.example";

    public const string MonitorSegment = "IT monitoring (MonITor)";
    public const string TrainingSegment = "Training (Train&Co)";
    public const string ManufacturingSegment = "Engineer-to-order";

    /// <summary>Creates the demo workspace unless it exists; returns whether it did.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await directory.FindAsync(Workspace.DemoSlug, cancellationToken) is not null)
        {
            return false;
        }
        var workspace = await directory.CreateAsync(Workspace.DemoSlug, "Dyad demo", cancellationToken);
        scope.Enter(workspace.Id);
        var people = await AddUsersAsync(workspace.Id, cancellationToken);
        var templates = await db.JourneyTemplates.ToDictionaryAsync(t => t.Name, cancellationToken);
        var plan = new Planner(workspace.Id, templates, clock.GetUtcNow(), db);
        AddMonitorCustomers(plan, people);
        AddTrainingCustomers(plan, people);
        AddManufacturingCustomers(plan, people);
        await db.SaveChangesAsync(cancellationToken);
        await AddSourceCasesAsync(workspace.Id, cancellationToken);
        await AddSurveysAsync(workspace.Id, cancellationToken);
        await AddSurvey004Async(workspace.Id, cancellationToken);
        await AddDistributionAsync(cancellationToken);
        await AddExperiencesAsync(workspace.Id, cancellationToken);
        await AddImprovementAsync(workspace.Id, cancellationToken);
        await AddActionsAsync(cancellationToken);
        await AddCommunicationsAsync(cancellationToken);
        await AddPortalAsync(workspace.Id, people, cancellationToken);
        return true;
    }

    private async Task<IReadOnlyDictionary<string, Guid>> AddUsersAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var users = new (string Email, string Name, DyadRole Role)[]
        {
            (AdminEmail, "Demo Admin", DyadRole.Admin),
            ("cx@demo.example", "Sanne Kuipers", DyadRole.CxManager),
            ("john@demo.example", "John Verhoef", DyadRole.AccountManager),
            ("martin@demo.example", "Martin Dekker", DyadRole.AccountManager),
            ("michael@demo.example", "Michael Brouwer", DyadRole.AccountManager),
            ("laura@demo.example", "Laura Niemi", DyadRole.AccountManager),
            ("consultant@demo.example", "Kenneth Smit", DyadRole.Contributor),
            ("viewer@demo.example", "Board Viewer", DyadRole.Viewer),
        };
        var ids = new Dictionary<string, Guid>();
        foreach (var (email, name, role) in users)
        {
            var added = await userAdministration.AddAsync(workspaceId, new NewUser(email, role, name, Password), cancellationToken);
            ids[email.Split('@')[0]] = added.User.Id;
        }
        return ids;
    }

    /// <summary>Adds accounts, people, journeys and touchpoints to the context, dated back from now.</summary>
    private sealed class Planner(Guid workspaceId, IReadOnlyDictionary<string, JourneyTemplate> templates, DateTimeOffset now, DyadDbContext db)
    {
        public Account Account(AccountDetails details, params StakeholderDetails[] stakeholders)
        {
            var account = new Account(workspaceId, details);
            db.Accounts.Add(account);
            db.Stakeholders.AddRange(stakeholders.Select(s => new Stakeholder(account, s)));
            return account;
        }

        /// <summary>Starts a journey <paramref name="daysAgo"/> days back and walks it through <paramref name="moves"/> (phase, days ago, note).</summary>
        public Journey Journey(Account account, string templateName, string name, string by, int daysAgo,
            (int Phase, int DaysAgo, string? Note)[] moves, params TouchpointDetails[] touchpoints)
        {
            var template = templates[templateName];
            var journey = new Journey(account.Id, template, name, by, now.AddDays(-daysAgo));
            foreach (var (phase, movedDaysAgo, note) in moves)
            {
                journey.MoveTo(template, phase, by, now.AddDays(-movedDaysAgo), note);
            }
            db.Journeys.Add(journey);
            db.Touchpoints.AddRange(touchpoints.Select(t => new Touchpoint(journey, template, t)));
            return journey;
        }
    }

    private static StakeholderDetails Person(string name, string jobTitle, string function, HierarchyLevel level, BuyingCentreRole role, bool dmu) =>
        new(name, $"{name.Split(' ')[0].ToLowerInvariant()}.{name.Split(' ')[^1].ToLowerInvariant()}@customer.example", jobTitle, function, level, role, dmu);

    private static TouchpointDetails Touch(string name, int phase, Channel channel, EncounterType type, TouchpointController controller,
        Visibility visibility, decimal? success, string? owner = null, string? partnerBrand = null) =>
        new(name, phase, channel, type, controller, visibility, owner, partnerBrand, success);
}
