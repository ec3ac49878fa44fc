using Dyad.Data;

namespace Dyad.Bench.Import;

/// <summary>
/// What both sides of the import benchmark work on: one database, one workspace, one response file exported from a generated
/// NPS survey, and two empty open NPS surveys, one for Dyad's import and one for the engine's own bulk path. Each side
/// first loads the warm-up file (the first rows of the same file) into a survey of its own, untimed, so the timed load
/// runs on warm code and compiled queries, as in a server that has imported before.
/// </summary>
public sealed record ImportPlan(
    DatabaseProvider Provider,
    string ConnectionString,
    string WorkFolder,
    Guid WorkspaceId,
    Guid DyadSurveyId,
    Guid ReferenceSurveyId,
    string File,
    int Rows,
    string WarmUpFile,
    Guid DyadWarmUpSurveyId,
    Guid ReferenceWarmUpSurveyId);
