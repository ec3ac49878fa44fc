using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Coding;
using Dyad.Data.Events;
using Dyad.Data.Practices;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Coding;

public abstract class InterchangeApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static readonly XNamespace Ns = QdpxFile.Ns;

    private async Task<QdpxFile> ExportAsync(DyadRole role = DyadRole.Viewer)
    {
        var response = await (await app.ApiClientAsync(role)).GetAsync("/api/v1/codes/export.qdpx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dyad-demo-coding.qdpx", response.Content.Headers.ContentDisposition?.FileName);
        return QdpxFile.Read(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<byte[]> ExportBytesAsync() =>
        await (await app.ApiClientAsync(DyadRole.Viewer)).GetByteArrayAsync("/api/v1/codes/export.qdpx");

    private async Task<HttpResponseMessage> ImportAsync(byte[] file, DyadRole role = DyadRole.CxManager, string workspace = Workspace.DemoSlug) =>
        await (await app.ApiClientAsync(role, workspace)).PostAsync("/api/v1/codes/import", QdpxFile.Upload(file));

    private Task<T> InDemoAsync<T>(Func<IServiceProvider, Task<T>> work) => app.InWorkspaceAsync(Workspace.DemoSlug, work);

    private Task<IReadOnlyList<EventSummary>> DemoEventsAsync() =>
        InDemoAsync(services => services.GetRequiredService<EventService>().ListAsync(new EventFilter()));

    /// <summary>Everything an import may change, as text to compare: the data structure, the codings, the events' practices.</summary>
    private Task<string> CodingSnapshotAsync(string workspace = Workspace.DemoSlug) =>
        app.InWorkspaceAsync(workspace, async services =>
        {
            var structure = await services.GetRequiredService<CodingService>().DataStructureAsync();
            var db = services.GetRequiredService<DyadDbContext>();
            var codings = (await db.EvidenceCodings.Select(c => new { c.EvidenceId, c.CodeId }).ToListAsync())
                .OrderBy(c => c.EvidenceId).ThenBy(c => c.CodeId);
            var uses = (await db.EventPractices.Select(p => new { p.EventId, p.PracticeId, p.Organization, p.Engagement }).ToListAsync())
                .OrderBy(p => p.EventId).ThenBy(p => p.PracticeId).ThenBy(p => p.Organization);
            var practices = (await db.Practices.Select(p => new { p.Id, p.Name, p.Description, p.Polarity, p.DimensionId }).ToListAsync())
                .OrderBy(p => p.Name);
            return JsonSerializer.Serialize(new { structure, codings, uses, practices });
        });

    [Fact]
    public async Task Export_of_the_demo_workspace_follows_the_REFI_QDA_schema()
    {
        var file = await ExportAsync();
        var events = await DemoEventsAsync();

        Assert.Empty(file.SchemaErrors());
        Assert.Equal("Dyad", (string?)file.Project.Root!.Attribute("origin"));
        var sources = file.TextSources.ToList();
        Assert.Equal(18, sources.Count);
        Assert.Equal(events.Select(e => e.Id).Order(), sources.Select(s => Guid.Parse((string)s.Attribute("guid")!)).Order());
        foreach (var source in sources)
        {
            Assert.Equal($"internal://{(string)source.Attribute("guid")!}.txt", (string?)source.Attribute("plainTextPath"));
            Assert.NotEmpty(file.TextOf(source));
        }
    }

    [Fact]
    public async Task A_workspace_without_events_exports_a_valid_project_of_its_code_book_alone()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer, workspace: "new-firm");

        var file = QdpxFile.Read(await client.GetByteArrayAsync("/api/v1/codes/export.qdpx"));

        Assert.Empty(file.SchemaErrors());
        Assert.Empty(file.TextSources);
        Assert.Contains(file.TopCodes, c => (string?)c.Attribute("name") == AggregateDimension.Facilitating);
    }

    [Fact]
    public async Task The_exported_code_tree_is_the_Gioia_data_structure()
    {
        var file = await ExportAsync();

        var dimensions = file.TopCodes.Where(c => (string?)c.Attribute("isCodable") == "false").ToDictionary(c => (string)c.Attribute("name")!);
        Assert.Contains(AggregateDimension.Facilitating, dimensions.Keys);
        Assert.Contains(AggregateDimension.Destructing, dimensions.Keys);
        string[] Practices(string dimension) => dimensions[dimension].Elements(Ns + "Code").Select(c => (string)c.Attribute("name")!).ToArray();
        Assert.Contains("Advising proactively", Practices(AggregateDimension.Facilitating));
        Assert.Contains("Acting avoidantly", Practices(AggregateDimension.Destructing));
        var avoidance = dimensions[AggregateDimension.Destructing].Elements(Ns + "Code").Single(c => (string)c.Attribute("name")! == "Acting avoidantly");
        Assert.EndsWith("Polarity: destructing", (string?)avoidance.Element(Ns + "Description"));
        // Case 5.1 is coded with one practice only, so the demo groups its first-order codes into it.
        var proactive = dimensions[AggregateDimension.Facilitating].Elements(Ns + "Code").Single(c => (string)c.Attribute("name")! == "Advising proactively");
        Assert.Contains("Proactive action", proactive.Elements(Ns + "Code").Select(c => (string)c.Attribute("name")!));
        // Codes not yet grouped into a practice sit at the top, codable, as QDA tools keep codes not yet categorised.
        var loose = file.TopCodes.Where(c => (string?)c.Attribute("isCodable") == "true").Select(c => (string)c.Attribute("name")!).ToList();
        Assert.Contains("Stubbornly sticking to your ground", loose);
    }

    [Fact]
    public async Task Each_evidence_is_a_selection_of_its_text_with_its_first_order_codes_and_the_whole_event_carries_its_practices()
    {
        var file = await ExportAsync();
        var events = await DemoEventsAsync();

        foreach (var summary in events)
        {
            var view = (await InDemoAsync(services => services.GetRequiredService<EventService>().GetAsync(summary.Id)))!;
            var source = file.TextSources.Single(s => (string)s.Attribute("guid")! == view.Id.ToString());
            var text = file.TextOf(source);
            var selections = source.Elements(Ns + "PlainTextSelection").ToDictionary(s => Guid.Parse((string)s.Attribute("guid")!));
            foreach (var evidence in view.Evidence)
            {
                var selection = selections[evidence.Id];
                Assert.Equal(evidence.Text, CodePoints(text, (int)selection.Attribute("startPosition")!, (int)selection.Attribute("endPosition")!));
                Assert.Equal(evidence.Codes.Select(c => c.Id).Order(), CodeRefs(selection).Order());
            }
            var whole = selections.Values.Single(s => !view.Evidence.Any(x => x.Id.ToString() == (string)s.Attribute("guid")!));
            Assert.Equal(0, (int)whole.Attribute("startPosition")!);
            Assert.Equal(text.EnumerateRunes().Count(), (int)whole.Attribute("endPosition")!);
            Assert.Equal(view.Practices.Select(p => p.PracticeId).Order(), CodeRefs(whole).Order());
            Assert.StartsWith(view.Title, text);
        }
    }

    [Fact]
    public async Task Positions_count_characters_so_text_beyond_the_basic_plane_stays_in_place()
    {
        var events = await DemoEventsAsync();
        var evidenceId = await InDemoAsync(async services =>
        {
            var evidence = services.GetRequiredService<EvidenceService>();
            var id = (await evidence.AddAsync(events[0].Id, new EvidenceDetails(EvidenceKind.Quote, "Great work 👍, really 😀 glad", "Customer – IT manager", "3")))!.Value;
            await evidence.CodeAsync(events[0].Id, id, new CodeRequest("Expressing delight"));
            return id;
        });

        var file = await ExportAsync();

        var source = file.TextSources.Single(s => (string)s.Attribute("guid")! == events[0].Id.ToString());
        var selection = source.Elements(Ns + "PlainTextSelection").Single(s => (string)s.Attribute("guid")! == evidenceId.ToString());
        var start = (int)selection.Attribute("startPosition")!;
        var end = (int)selection.Attribute("endPosition")!;
        Assert.Equal("Great work 👍, really 😀 glad", CodePoints(file.TextOf(source), start, end));
        Assert.Equal("Great work 👍, really 😀 glad".Length - 2, end - start);
        Assert.Contains("Quote from Customer – IT manager, page 3", file.TextOf(source));
    }

    [Fact]
    public async Task Importing_an_unchanged_export_changes_nothing()
    {
        var file = await ExportBytesAsync();
        var before = await CodingSnapshotAsync();

        var summary = await (await ImportAsync(file)).ReadAsync<RefiQdaImportSummary>();

        Assert.True(summary.ChangedNothing, JsonSerializer.Serialize(summary));
        Assert.Equal(18, summary.SourcesMatched);
        Assert.Empty(summary.SourcesSkipped);
        Assert.Empty(summary.CodingsSkipped);
        Assert.Equal(before, await CodingSnapshotAsync());
    }

    [Fact]
    public async Task Round_trip_restores_deleted_codes_codings_and_dimensions_exactly_and_a_second_import_changes_nothing()
    {
        var before = await CodingSnapshotAsync();
        var file = await ExportBytesAsync();
        var events = await DemoEventsAsync();
        var removed = await InDemoAsync(async services =>
        {
            var coding = services.GetRequiredService<CodingService>();
            var db = services.GetRequiredService<DyadDbContext>();
            var structure = await coding.DataStructureAsync();
            var grouped = structure.Dimensions.SelectMany(d => d.Practices).SelectMany(p => p.Codes).First(c => c.Uses > 0);
            var loose = structure.UngroupedCodes.First(c => c.Uses > 0);
            var destructing = structure.Dimensions.Single(d => d.Name == AggregateDimension.Destructing);
            var otherCoding = await db.EvidenceCodings.FirstAsync(c => c.CodeId != grouped.Id && c.CodeId != loose.Id);
            var evidence = await db.Evidence.SingleAsync(x => x.Id == otherCoding.EvidenceId);
            var destructingUse = await db.EventPractices.FirstAsync(p => db.Practices.Any(x => x.Id == p.PracticeId && x.DimensionId == destructing.Id));

            Assert.True(await coding.DeleteCodeAsync(grouped.Id));
            Assert.True(await coding.DeleteCodeAsync(loose.Id));
            Assert.True(await coding.DeleteDimensionAsync(destructing.Id!.Value));
            Assert.True(await services.GetRequiredService<EvidenceService>().UncodeAsync(evidence.EventId, evidence.Id, otherCoding.CodeId));
            Assert.True(await services.GetRequiredService<EventService>().RemovePracticeAsync(destructingUse.EventId, destructingUse.Id));
            return new { Codings = grouped.Uses + loose.Uses + 1, DestructingPractices = destructing.Practices.Count };
        });
        Assert.NotEqual(before, await CodingSnapshotAsync());

        var summary = await (await ImportAsync(file)).ReadAsync<RefiQdaImportSummary>();

        Assert.Equal(before, await CodingSnapshotAsync());
        Assert.Equal(1, summary.DimensionsCreated);
        Assert.Equal(0, summary.PracticesCreated);
        Assert.Equal(2, summary.CodesCreated);
        Assert.Equal(removed.DestructingPractices, summary.Grouped);
        Assert.Equal(removed.Codings, summary.CodingsApplied);
        Assert.Equal(1, summary.PracticeUsesAdded);
        Assert.Equal(events.Count, summary.SourcesMatched);
        Assert.Empty(summary.CodingsSkipped);

        var again = await (await ImportAsync(file)).ReadAsync<RefiQdaImportSummary>();
        Assert.True(again.ChangedNothing, JsonSerializer.Serialize(again));
        Assert.Equal(before, await CodingSnapshotAsync());
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "not a zip", "not a zip archive" },
        { "shorter than any zip", "not a zip archive" },
        { "zip without a project", "holds no project.qde" },
        { "not XML", "not well-formed XML" },
        { "another root", "starts with <Project>" },
        { "schema broken", "does not follow the REFI-QDA project schema" },
        { "unknown code", "which is no code of the code book" },
        { "missing text", "which the file does not contain" },
        { "selection outside the text", "lies outside its text" },
        { "too deep", "Dyad's data structure has three" },
        { "fails half way", "cannot be taken over" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_a_400_naming_the_problem_and_changes_nothing(string kind, string problem)
    {
        var eventId = (await DemoEventsAsync())[0].Id;
        var before = await CodingSnapshotAsync();

        var errors = await (await ImportAsync(BrokenFile(kind, eventId))).ValidationErrorsAsync();

        Assert.Contains(errors["file"], message => message.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(before, await CodingSnapshotAsync());
    }

    [Fact]
    public async Task The_blank_ATLAS_ti_project_imports_with_no_change()
    {
        var before = await CodingSnapshotAsync();

        var summary = await (await ImportAsync(QdpxFile.BlankAtlasProject())).ReadAsync<RefiQdaImportSummary>();

        Assert.True(summary.ChangedNothing);
        Assert.Empty(summary.SourcesSkipped);
        Assert.Equal(before, await CodingSnapshotAsync());
    }

    [Fact]
    public async Task A_QualCoder_project_brings_its_codes_and_codes_evidence_of_events_it_knows()
    {
        var exported = await ExportAsync();
        var target = (await DemoEventsAsync())[1];
        var view = (await InDemoAsync(services => services.GetRequiredService<EventService>().GetAsync(target.Id)))!;
        var eventText = exported.TextOf(exported.TextSources.Single(s => (string)s.Attribute("guid")! == target.Id.ToString()));
        var note = view.Evidence[0];
        // A coder selected a few words inside the field note, in a tool that makes its own GUIDs.
        var start = eventText.IndexOf(note.Text, StringComparison.Ordinal) + 4;
        var project = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="QualCoder 3.7">
              <CodeBook><Codes>
                <Code guid="{Guid.NewGuid()}" name="Relationship work" isCodable="false">
                  <Description>How account managers keep in touch.</Description>
                  <Code guid="{Guid.NewGuid()}" name="Listening first" isCodable="true" color="#AA3300"/>
                </Code>
                <Code guid="{Guid.NewGuid()}" name="Managing expectation" isCodable="false"/>
                <Code guid="{QuickReply}" name="Quick reply" isCodable="true"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="{Guid.NewGuid()}" name="Interview 3" plainTextPath="internal://interview3.txt">
                  <PlainTextSelection guid="{Guid.NewGuid()}" startPosition="0" endPosition="5">
                    <Coding guid="{Guid.NewGuid()}"><CodeRef targetGUID="{QuickReply}"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <TextSource guid="{target.Id}" name="{target.CaseId}" plainTextPath="internal://{target.Id}.txt">
                  <PlainTextSelection guid="{Guid.NewGuid()}" startPosition="{start}" endPosition="{start + 10}">
                    <Coding guid="{Guid.NewGuid()}"><CodeRef targetGUID="{QuickReply}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{Guid.NewGuid()}" startPosition="0" endPosition="3">
                    <Coding guid="{Guid.NewGuid()}"><CodeRef targetGUID="{QuickReply}"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <PDFSource guid="{Guid.NewGuid()}" name="Contract" path="internal://contract.pdf"/>
              </Sources>
            </Project>
            """;
        var file = QdpxFile.Zip(("project.qde", project), ("sources/interview3.txt", "\uFEFFHello, this is an interview."),
            ($"sources/{target.Id}.txt", eventText));

        var summary = await (await ImportAsync(file)).ReadAsync<RefiQdaImportSummary>();

        // Two levels: categories are practices ("Managing expectation" is an alias of a built-in one), codes first-order codes.
        Assert.Equal(1, summary.PracticesCreated);
        Assert.Equal(2, summary.CodesCreated);
        Assert.Equal(0, summary.DimensionsCreated);
        Assert.Equal(1, summary.CodingsApplied);
        Assert.Equal(["Contract", "Interview 3"], summary.SourcesSkipped.Select(s => s.Name).Order());
        Assert.Contains("not within one piece of evidence", Assert.Single(summary.CodingsSkipped).Reason);
        var structure = await InDemoAsync(services => services.GetRequiredService<CodingService>().DataStructureAsync());
        var relationship = structure.Dimensions.SelectMany(d => d.Practices).Single(p => p.Name == "Relationship work");
        Assert.Equal(["Listening first"], relationship.Codes.Select(c => c.Label));
        Assert.Contains(structure.UngroupedCodes, c => c.Id == QuickReply && c.Uses == 1);
        var coded = (await InDemoAsync(services => services.GetRequiredService<EventService>().GetAsync(target.Id)))!;
        Assert.Contains(coded.Evidence.Single(x => x.Id == note.Id).Codes, c => c.Label == "Quick reply");
    }

    private static readonly Guid QuickReply = Guid.NewGuid();

    [Fact]
    public async Task Another_workspaces_export_brings_its_codes_but_no_events_and_leaves_the_demo_alone()
    {
        var overpromising = await InDemoAsync(async services =>
        {
            var destructing = (await services.GetRequiredService<CodingService>().DataStructureAsync()).Dimensions
                .Single(d => d.Name == AggregateDimension.Destructing).Id;
            return await services.GetRequiredService<PracticeService>().CreateAsync(new PracticeDraft(
                $"Overpromising {Guid.NewGuid():N}", "Promises in the sale what delivery cannot keep.", PracticePolarity.Destructing, [], destructing));
        });
        var file = await ExportBytesAsync();
        var demoBefore = await CodingSnapshotAsync();

        var summary = await (await ImportAsync(file, DyadRole.Admin, "rival-firm")).ReadAsync<RefiQdaImportSummary>();

        // The built-in dimensions and practices are there by name; the rest is new, under ids of its own.
        Assert.Equal(0, summary.DimensionsCreated);
        Assert.True(summary.PracticesCreated >= 1);
        Assert.True(summary.CodesCreated > 0);
        Assert.Equal(0, summary.CodingsApplied);
        Assert.Equal(18, summary.SourcesSkipped.Count);
        Assert.Equal(demoBefore, await CodingSnapshotAsync());
        var rival = await app.InWorkspaceAsync("rival-firm", services => services.GetRequiredService<CodingService>().DataStructureAsync());
        var demo = await InDemoAsync(services => services.GetRequiredService<CodingService>().DataStructureAsync());
        var proactive = rival.Dimensions.SelectMany(d => d.Practices).Single(p => p.Name == "Advising proactively");
        Assert.Contains(proactive.Codes, c => c.Label == "Proactive action");
        Assert.Empty(rival.UngroupedCodes.Select(c => c.Id).Intersect(demo.UngroupedCodes.Select(c => c.Id)));
        var taken = rival.Dimensions.Single(d => d.Name == AggregateDimension.Destructing).Practices.Single(p => p.Name == overpromising.Name);
        Assert.NotEqual(overpromising.Id, taken.Id);
        Assert.Equal(PracticePolarity.Destructing, taken.Polarity);
        var description = await app.InWorkspaceAsync("rival-firm", async services =>
            (await services.GetRequiredService<PracticeService>().GetAsync(taken.Id))!.Description);
        Assert.Equal(overpromising.Description, description);
    }

    [Fact]
    public async Task Anyone_may_export_but_only_a_CX_manager_or_admin_may_import()
    {
        var file = QdpxFile.BlankAtlasProject();

        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(DyadRole.Viewer)).GetAsync("/api/v1/codes/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(file, DyadRole.Viewer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(file, DyadRole.AccountManager)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(file, DyadRole.CxManager)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(file, DyadRole.Admin)).StatusCode);
        var wrongField = new MultipartFormDataContent { { new ByteArrayContent(file), "project", "project.qdpx" } };
        var missing = await (await app.ApiClientAsync(DyadRole.Admin)).PostAsync("/api/v1/codes/import", wrongField);
        Assert.Contains("field 'file'", (await missing.ValidationErrorsAsync())["file"][0]);
    }

    [Fact]
    public async Task The_CSV_has_a_row_per_first_order_code_on_a_piece_of_evidence()
    {
        var response = await (await app.ApiClientAsync(DyadRole.Viewer)).GetAsync("/api/v1/codes/export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dyad-demo-coded-evidence.csv", response.Content.Headers.ContentDisposition?.FileName);
        var codings = await InDemoAsync(services => services.GetRequiredService<DyadDbContext>().EvidenceCodings.CountAsync());

        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(CodedEvidenceCsv.Columns, rows[0].Keys.ToArray());
        Assert.Equal(codings, rows.Count);
        var row = rows.First(r => (string)r["first_order_code"] == "Proactive action");
        Assert.Equal("5.1", row["case_id"]);
        Assert.Equal("5", row["phase"]);
        Assert.Equal("evaluation and follow-up", row["phase_name"]);
        Assert.Equal("note", row["evidence_kind"]);
        Assert.Equal("Advising proactively", row["practice"]);
        Assert.Equal("facilitating", row["polarity"]);
        Assert.Equal(AggregateDimension.Facilitating, row["dimension"]);
        Assert.Contains("Ferrari", (string)row["evidence_text"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)row["occurred_on"]);
    }

    [Fact]
    public void The_schema_Dyad_validates_imports_with_is_the_published_one()
    {
        using var embedded = typeof(RefiQdaImport).Assembly.GetManifestResourceStream("Dyad.Data.Coding.Project-mrt2019.xsd")!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        Assert.Equal(QdpxFile.SchemaBytes(), copy.ToArray());
    }

    private static string CodePoints(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));

    private static IEnumerable<Guid> CodeRefs(XElement selection) =>
        selection.Elements(Ns + "Coding").Select(c => Guid.Parse((string)c.Element(Ns + "CodeRef")!.Attribute("targetGUID")!));

    private static byte[] BrokenFile(string kind, Guid eventId)
    {
        var code = Guid.NewGuid();
        string Project(string codes, string sources = "") => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Broken" origin="Hand made">
              <CodeBook><Codes>{codes}</Codes></CodeBook>
              {(sources.Length == 0 ? "" : $"<Sources>{sources}</Sources>")}
            </Project>
            """;
        var oneCode = $"""<Code guid="{code}" name="Broken test code" isCodable="true"/>""";
        string Source(string selection) =>
            $"""<TextSource guid="{eventId}" name="Event" plainTextPath="internal://event.txt">{selection}</TextSource>""";
        string Selection(int start, int end, Guid target) =>
            $"""<PlainTextSelection guid="{Guid.NewGuid()}" startPosition="{start}" endPosition="{end}"><Coding guid="{Guid.NewGuid()}"><CodeRef targetGUID="{target}"/></Coding></PlainTextSelection>""";
        return kind switch
        {
            "not a zip" => "This is a plain text file, not a project."u8.ToArray(),
            "shorter than any zip" => "abc"u8.ToArray(),
            "zip without a project" => QdpxFile.Zip(("Sources/a.txt", "Some text")),
            "not XML" => QdpxFile.Zip(("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook>")),
            "another root" => QdpxFile.Zip(("project.qde", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>")),
            "schema broken" => QdpxFile.Zip(("project.qde", Project($"""<Code guid="{code}" name="No codable flag"/>"""))),
            "unknown code" => QdpxFile.Zip(("project.qde", Project(oneCode, Source(Selection(0, 4, Guid.NewGuid())))), ("Sources/event.txt", "Some text")),
            "missing text" => QdpxFile.Zip(("project.qde", Project(oneCode, Source(Selection(0, 4, code))))),
            "selection outside the text" => QdpxFile.Zip(("project.qde", Project(oneCode, Source(Selection(2, 400, code)))), ("Sources/event.txt", "Some text")),
            "too deep" => QdpxFile.Zip(("project.qde", Project($"""
                <Code guid="{Guid.NewGuid()}" name="A" isCodable="false"><Code guid="{Guid.NewGuid()}" name="B" isCodable="false">
                <Code guid="{Guid.NewGuid()}" name="C" isCodable="false"><Code guid="{code}" name="D" isCodable="true"/></Code></Code></Code>
                """))),
            // Valid throughout, until a code too long for Dyad comes after codes that would have been created.
            "fails half way" => QdpxFile.Zip(("project.qde", Project($"""
                <Code guid="{Guid.NewGuid()}" name="A dimension never written" isCodable="false">
                  <Code guid="{Guid.NewGuid()}" name="A practice never written" isCodable="true">
                    <Code guid="{Guid.NewGuid()}" name="{new string('x', 250)}" isCodable="true"/>
                  </Code>
                </Code>
                """))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}

public sealed class InterchangeApiOnSqlite(SqliteApp app) : InterchangeApiTests<SqliteApp>(app);

public sealed class InterchangeApiOnPostgres(PostgresApp app) : InterchangeApiTests<PostgresApp>(app);
