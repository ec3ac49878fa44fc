using System.Globalization;
using Dyad.Core.Common;
using Dyad.Core.Practices;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>
/// The workspace's coded evidence as a REFI-QDA project (<c>.qdpx</c>) that ATLAS.ti, NVivo, MAXQDA and
/// QualCoder open. The code tree is the Gioia data structure: aggregate dimensions (not codable), their
/// second-order practices, the first-order codes grouped into each. Each critical event is a text source
/// whose evidence are selections carrying their first-order codes, and a selection over the whole text
/// carries the event's practices, so a QDA tool sees both levels. Everything keeps its Dyad id as GUID, so
/// a file that comes back is recognised.
/// Evidence files (documents) stay out: REFI-QDA has no source type for most of the kinds Dyad accepts
/// (Word, Excel, e-mail) and codes PDFs by page coordinates, which Dyad does not record; their headings in
/// the text name the file.
/// </summary>
public sealed class RefiQdaExport(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>A .qdpx is a zip; the standard registers no media type of its own.</summary>
    public const string ContentType = "application/zip";

    private static readonly QdaVariable CaseId = RefiQdaConventions.Variable("Case id", QdaVariableType.Text, "The event's case id, phase.sequence.");
    private static readonly QdaVariable Account = RefiQdaConventions.Variable("Account", QdaVariableType.Text, "The customer firm.");
    private static readonly QdaVariable Journey = RefiQdaConventions.Variable("Journey", QdaVariableType.Text, "The account's journey the event happened on.");
    private static readonly QdaVariable Phase = RefiQdaConventions.Variable("Phase", QdaVariableType.Integer, "The journey phase's number.");
    private static readonly QdaVariable PhaseName = RefiQdaConventions.Variable("Phase name", QdaVariableType.Text, "The journey phase's name.");
    private static readonly QdaVariable OccurredOn = RefiQdaConventions.Variable("Occurred on", QdaVariableType.Date, "The day the event happened.");
    private static readonly QdaVariable ExperienceBefore = RefiQdaConventions.Variable("Experience before", QdaVariableType.Text,
        "The customer's service experience before the event: destroyed, unsettled, sceptical, stable, restored or surpassed.");
    private static readonly QdaVariable ExperienceAfter = RefiQdaConventions.Variable("Experience after", QdaVariableType.Text,
        "The customer's service experience after the event, on the same scale.");
    private static readonly QdaVariable BeyondRepair = RefiQdaConventions.Variable("Beyond repair", QdaVariableType.Boolean,
        "Whether the destroyed experience made the customer look elsewhere.");

    private static readonly IReadOnlyList<QdaVariable> Variables =
        [CaseId, Account, Journey, Phase, PhaseName, OccurredOn, ExperienceBefore, ExperienceAfter, BeyondRepair];

    /// <summary>Writes the project to <paramref name="output"/>.</summary>
    /// <returns>The file name to offer for the download.</returns>
    public async Task<string> ExportAsync(Stream output, Actor exporter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var workspaceName = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var codeBook = await CodedEvents.CodeBookAsync(db, cancellationToken);
        var events = await CodedEvents.LoadAsync(db, null, cancellationToken);

        // The command line has no user id; a GUID made from its name names it the same in every export.
        var user = new QdaUser(exporter.UserId ?? DerivedGuid.From(workspaceId, exporter.Name), exporter.Name);
        var labels = codeBook.Codes.ToDictionary(c => c.Id, c => c.Label);
        var texts = new Dictionary<string, string>();
        var sources = new List<QdaTextSource>();
        foreach (var criticalEvent in events)
        {
            var layout = EventText.Render(criticalEvent);
            var fileName = $"{criticalEvent.Id}.txt";
            texts[fileName] = layout.Text;
            sources.Add(Source(criticalEvent, layout, fileName, user.Guid, labels));
        }
        var project = new QdaProject(
            workspaceName, RefiQdaConventions.Origin, user.Guid, clock.GetUtcNow(),
            $"Critical events of the Dyad workspace '{workspaceName}' with their evidence, coded in a Gioia data structure: " +
            "first-order codes on the evidence, second-order practices on the whole event, practices grouped into aggregate dimensions.",
            [user], CodeTree(codeBook), Variables, sources, []);
        await RefiQdaPackage.WriteAsync(output, RefiQdaWriter.Write(project), texts, cancellationToken);
        return await CodedEvents.FileNameAsync(db, "coding.qdpx", cancellationToken);
    }

    /// <summary>
    /// Dimensions at the top, practices in them, codes in those. Practices in no dimension go into a container
    /// of their own; codes in no practice stay at the top, where QDA tools keep codes not yet categorised.
    /// </summary>
    private static List<QdaCode> CodeTree(CodeBook codeBook)
    {
        var practicesByDimension = codeBook.Practices.ToLookup(p => p.DimensionId);
        var codesByPractice = codeBook.Codes.ToLookup(c => c.PracticeId);

        QdaCode PracticeCode(Practice practice) => new(
            practice.Id, practice.Name, IsCodable: true, RefiQdaConventions.ColorOf(practice.Polarity), RefiQdaConventions.DescribePractice(practice),
            codesByPractice[practice.Id]
                .Select(c => new QdaCode(c.Id, c.Label, IsCodable: true, RefiQdaConventions.ColorOf(practice.Polarity), null, []))
                .ToList());

        var tree = codeBook.Dimensions
            .Select(d => new QdaCode(d.Id, d.Name, IsCodable: false, null, d.Description, practicesByDimension[d.Id].Select(PracticeCode).ToList()))
            .ToList();
        if (practicesByDimension[null].Any())
        {
            tree.Add(new QdaCode(RefiQdaConventions.UngroupedPracticesGuid, CodingService.UngroupedPractices, IsCodable: false, null,
                "Second-order practices not yet grouped into an aggregate dimension.", practicesByDimension[null].Select(PracticeCode).ToList()));
        }
        tree.AddRange(codesByPractice[null].Select(c => new QdaCode(c.Id, c.Label, IsCodable: true, null, null, [])));
        return tree;
    }

    private static QdaTextSource Source(CodedEvent criticalEvent, EventTextLayout layout, string fileName, Guid user, IReadOnlyDictionary<Guid, string> labels)
    {
        var selections = new List<QdaSelection>();
        if (criticalEvent.Practices.Count > 0)
        {
            selections.Add(new QdaSelection(
                RefiQdaConventions.WholeEventSelection(criticalEvent.Id), $"Case {criticalEvent.CaseId}: practices", 0, layout.Length, user,
                criticalEvent.Practices.Select(p => new QdaCoding(p.Id, p.PracticeId, user)).ToList()));
        }
        foreach (var span in layout.Evidence)
        {
            var evidence = criticalEvent.Evidence.Single(x => x.Id == span.EvidenceId);
            selections.Add(new QdaSelection(
                evidence.Id, span.Heading, span.Start, span.End, user,
                evidence.Codings.OrderBy(c => labels[c.CodeId], StringComparer.OrdinalIgnoreCase)
                    .Select(c => new QdaCoding(c.Id, c.CodeId, user)).ToList()));
        }
        var occurredOn = criticalEvent.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var experience = $"{criticalEvent.StateBefore.ToLabel()} to {criticalEvent.StateAfter.ToLabel()}{(criticalEvent.BeyondRepair ? ", beyond repair" : "")}";
        return new QdaTextSource(
            criticalEvent.Id, $"Case {criticalEvent.CaseId}: {criticalEvent.Title}",
            $"Critical event {criticalEvent.CaseId} at {criticalEvent.AccountName} ({criticalEvent.JourneyName}), phase {criticalEvent.Phase} " +
            $"'{criticalEvent.PhaseName}', {occurredOn}. Experience: {experience}.",
            RefiQdaConventions.InternalPath(fileName), null, user, criticalEvent.LoggedAt, selections, [],
            [
                new(CaseId, criticalEvent.CaseId),
                new(Account, criticalEvent.AccountName),
                new(Journey, criticalEvent.JourneyName),
                new(Phase, criticalEvent.Phase.ToString(CultureInfo.InvariantCulture)),
                new(PhaseName, criticalEvent.PhaseName),
                new(OccurredOn, occurredOn),
                new(ExperienceBefore, criticalEvent.StateBefore.ToText()),
                new(ExperienceAfter, criticalEvent.StateAfter.ToText()),
                new(BeyondRepair, criticalEvent.BeyondRepair ? "true" : "false"),
            ]);
    }
}
