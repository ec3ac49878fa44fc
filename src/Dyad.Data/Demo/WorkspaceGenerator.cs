using System.Diagnostics;
using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Dyad.Data.Audit;
using Dyad.Data.Practices;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

/// <summary>How big a generated workspace is, and the seed that makes its content repeatable.</summary>
public sealed record GeneratorSize(int Accounts, int Stakeholders, int Responses, int Occurrences, int Events, int Seed)
{
    /// <summary>Small enough for a laptop in well under a minute.</summary>
    public static readonly GeneratorSize Default = new(100, 1_000, 10_000, 20_000, 500, 1);

    /// <summary>The scale of the performance goals: a large installation's single workspace.</summary>
    public static readonly GeneratorSize Large = new(10_000, 100_000, 1_000_000, 2_000_000, 50_000, 1);

    public void Validate()
    {
        var errors = new FieldErrors();
        foreach (var (field, value) in new[]
                 {
                     (nameof(Accounts), Accounts), (nameof(Stakeholders), Stakeholders), (nameof(Responses), Responses),
                     (nameof(Occurrences), Occurrences), (nameof(Events), Events),
                 })
        {
            if (value < 0)
            {
                errors.Add(field, $"{field} cannot be negative.");
            }
        }
        if (Accounts == 0 && Stakeholders + Responses + Occurrences + Events > 0)
        {
            errors.Add(nameof(Accounts), "Stakeholders, responses, occurrences and events belong to accounts: give at least one account.");
        }
        if (Stakeholders == 0 && Responses > 0)
        {
            errors.Add(nameof(Stakeholders), "Responses come from stakeholders: give at least one stakeholder.");
        }
        errors.ThrowIfAny();
    }
}

/// <summary>How many rows of one kind were written, and how long that took.</summary>
public sealed record GeneratedKind(string Kind, long Rows, TimeSpan Elapsed);

/// <summary>A generated workspace and how to sign in to it.</summary>
public sealed record GeneratedWorkspace(Workspace Workspace, string AdminEmail, string Password, IReadOnlyList<GeneratedKind> Kinds);

/// <summary>How far the generator got with one kind of row.</summary>
public sealed record GeneratorProgress(string Kind, long Done, long Total);

/// <summary>
/// Builds a large, realistic workspace for benchmarks and for trying Dyad at scale: accounts with buying centres, journeys
/// on the built-in templates with touchpoints, touchpoint occurrences, critical events modelled on the cases of 001 with
/// their catalogue practices, and responses to NPS, CSAT, SERVQUAL and the 004 open questions, spread over the last two
/// years. Everything goes through the domain constructors, so it is as valid as what users enter. Rows are written in
/// batches with the change tracker cleared after each, so memory grows with accounts and stakeholders, never with
/// responses or occurrences; the same seed gives the same content (names, answers, dates relative to the day it runs).
/// </summary>
public sealed partial class WorkspaceGenerator(
    WorkspaceDirectory directory,
    WorkspaceScope scope,
    UserAdministration userAdministration,
    DyadDbContext db,
    TimeProvider clock)
{
    public const string Password = "dyad-generated-2026";

    /// <summary>Marks a workspace as the generator's, so <c>replace</c> never empties a workspace people work in.</summary>
    public const string NamePrefix = "Generated: ";

    /// <summary>Rows per SaveChanges: large enough to amortise round trips, small enough to keep the change tracker cheap.</summary>
    public const int BatchSize = 5_000;

    /// <summary>How far back the generated history reaches.</summary>
    private const int HistoryDays = 730;

    public static string AdminEmailFor(string slug) => $"admin@{slug.Trim().ToLowerInvariant()}.example";

    /// <summary>
    /// Creates the workspace <paramref name="slug"/> and fills it. An existing workspace is refused unless
    /// <paramref name="replace"/> is set and the workspace is a generated one: then its generated data is deleted first,
    /// which is how a run that was interrupted is cleaned up.
    /// </summary>
    public async Task<GeneratedWorkspace> GenerateAsync(string slug, GeneratorSize size, bool replace = false,
        IProgress<GeneratorProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        size.Validate();
        var workspace = await PrepareWorkspaceAsync(slug, size, replace, cancellationToken);
        scope.Enter(workspace.Id);
        var adminEmail = AdminEmailFor(workspace.Slug);
        var admin = await userAdministration.FindByEmailAsync(adminEmail)
                    ?? (await userAdministration.AddAsync(workspace.Id,
                        new NewUser(adminEmail, DyadRole.Admin, "Generator Admin", Password), cancellationToken)).User;

        var templates = await db.JourneyTemplates.AsNoTracking().ToDictionaryAsync(t => t.Name, cancellationToken);
        var practices = await db.Practices.AsNoTracking().ToDictionaryAsync(p => p.Key, cancellationToken);
        var random = new Random(size.Seed);
        // Dates count back from midnight, so two runs with one seed on one day give identical content.
        var now = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var writer = new BatchWriter(db, progress);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        // Entities are added once and never modified, so there is nothing for change detection to find.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var customers = PlanCustomers(workspace.Id, size, templates, admin.Id, random, now);
            await WriteCustomersAsync(writer, customers, cancellationToken);
            await WriteOccurrencesAsync(writer, customers, size.Occurrences, random, now, cancellationToken);
            await WriteEventsAsync(writer, customers, practices, size.Events, random, now, cancellationToken);
            await WriteResponsesAsync(writer, workspace.Id, customers, size.Responses, random, now, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return new GeneratedWorkspace(workspace, adminEmail, Password, writer.Kinds);
    }

    private async Task<Workspace> PrepareWorkspaceAsync(string slug, GeneratorSize size, bool replace, CancellationToken cancellationToken)
    {
        var existing = await directory.FindAsync(slug, cancellationToken);
        if (existing is null)
        {
            return await directory.CreateAsync(slug, $"{NamePrefix}{size.Accounts:N0} accounts, seed {size.Seed}", cancellationToken);
        }
        if (!existing.Name.StartsWith(NamePrefix, StringComparison.Ordinal))
        {
            throw new ConflictException(
                $"The workspace '{existing.Slug}' exists and was not made by the generator; choose another slug.");
        }
        if (!replace)
        {
            throw new ConflictException(
                $"The workspace '{existing.Slug}' already exists (perhaps from an interrupted run). Use --replace to delete its " +
                "generated data and generate it again, or choose another slug.");
        }
        scope.Enter(existing.Id);
        await DeleteGeneratedDataAsync(cancellationToken);
        // A run stopped inside the workspace's creation may have left it without its practice catalogue.
        await PracticeCatalogueSeeder.EnsureAsync(db, existing.Id, cancellationToken);
        return existing;
    }

    /// <summary>Children first, set-based: a million responses go in one statement, not through the change tracker.</summary>
    private async Task DeleteGeneratedDataAsync(CancellationToken cancellationToken)
    {
        await db.TouchpointOccurrences.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.SurveyResponses.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.Surveys.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.EventPractices.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.EventParticipants.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.CriticalEvents.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.Touchpoints.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.JourneyPhaseChanges.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.Journeys.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.Stakeholders.ExecuteAuditedDeleteAsync(db, cancellationToken);
        await db.Accounts.ExecuteAuditedDeleteAsync(db, cancellationToken);
    }

    /// <summary>A uniformly random moment between two others, to the minute.</summary>
    private static DateTimeOffset Between(Random random, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from.AddMinutes(Math.Floor(random.NextDouble() * (to - from).TotalMinutes));

    /// <summary>Adds entities and saves them every <see cref="BatchSize"/> rows, then forgets them; times each kind.</summary>
    private sealed class BatchWriter(DyadDbContext db, IProgress<GeneratorProgress>? progress)
    {
        private readonly List<GeneratedKind> _kinds = [];

        public IReadOnlyList<GeneratedKind> Kinds => _kinds;

        /// <summary>
        /// Writes <paramref name="total"/> items of one kind; <paramref name="add"/> adds item i (with any rows that belong to
        /// it) to the context and returns how many rows that was.
        /// </summary>
        public async Task WriteAsync(string kind, long total, Func<long, int> add, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var pending = 0;
            for (long i = 0; i < total; i++)
            {
                pending += add(i);
                if (pending >= BatchSize || i == total - 1)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    pending = 0;
                    progress?.Report(new GeneratorProgress(kind, i + 1, total));
                }
            }
            _kinds.Add(new GeneratedKind(kind, total, watch.Elapsed));
        }
    }

    /// <summary>One customer as the generator plans it: kept in memory because every later row refers to it.</summary>
    private sealed class Customer(Core.Accounts.Account account, double mood)
    {
        public Core.Accounts.Account Account { get; } = account;

        /// <summary>How well the relationship goes, in standard deviations: drives every score and remark of its people.</summary>
        public double Mood { get; } = mood;

        public List<Core.Accounts.Stakeholder> People { get; } = [];
        public List<PlannedJourney> Journeys { get; } = [];
    }

    /// <summary>A journey with its template, touchpoints and the time each phase began.</summary>
    private sealed class PlannedJourney(Journey journey, JourneyTemplate template)
    {
        public Journey Journey { get; } = journey;
        public JourneyTemplate Template { get; } = template;
        public List<Core.Touchpoints.Touchpoint> Touchpoints { get; } = [];

        /// <summary>The phase the journey was in at <paramref name="when"/>, and when that phase began and ended.</summary>
        public (int Phase, DateTimeOffset From, DateTimeOffset Until) PhaseAt(DateTimeOffset when, DateTimeOffset now)
        {
            var history = Journey.History;
            var current = history.Where(h => h.ChangedAt <= when).MaxBy(h => h.ChangedAt) ?? history.MinBy(h => h.ChangedAt)!;
            var next = history.Where(h => h.ChangedAt > current.ChangedAt).MinBy(h => h.ChangedAt);
            return (current.ToPhase, current.ChangedAt, next?.ChangedAt ?? now);
        }
    }
}
