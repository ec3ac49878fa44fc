using Dyad.Data;

namespace Dyad.Bench.Analytics;

/// <summary>A generated workspace, the surveys and template the analyses read, and the folder its CSV exports are in.</summary>
public sealed record AnalyticsPlan(
    DatabaseProvider Provider,
    string ConnectionString,
    string WorkFolder,
    Guid WorkspaceId,
    Guid NpsSurveyId,
    Guid ServqualSurveyId,
    Guid TemplateId,
    string ExportFolder);
