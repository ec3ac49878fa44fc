using Dyad.Data;

namespace Dyad.Bench.Analytics;

/// <summary>A generated workspace, the surveys and template the analyses read, and the folder its CSV exports are in.</summary>
/// <param name="Now">The moment account health is computed at, on both sides: its windows count back from it.</param>
public sealed record AnalyticsPlan(
    DatabaseProvider Provider,
    string ConnectionString,
    string WorkFolder,
    Guid WorkspaceId,
    Guid NpsSurveyId,
    Guid ServqualSurveyId,
    Guid TemplateId,
    string ExportFolder,
    DateTimeOffset Now);
