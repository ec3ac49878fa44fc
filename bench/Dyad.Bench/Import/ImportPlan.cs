using Dyad.Data;

namespace Dyad.Bench.Import;

/// <summary>
/// What both sides of the import benchmark work on: one database, one workspace, one response file exported from a generated
/// NPS survey, and two empty open NPS surveys, one for Dyad's import and one for the engine's own bulk path.
/// </summary>
public sealed record ImportPlan(
    DatabaseProvider Provider,
    string ConnectionString,
    string WorkFolder,
    Guid WorkspaceId,
    Guid DyadSurveyId,
    Guid ReferenceSurveyId,
    string File,
    int Rows);
