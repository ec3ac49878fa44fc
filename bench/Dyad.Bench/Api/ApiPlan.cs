using Dyad.Data;

namespace Dyad.Bench.Api;

/// <summary>
/// A workspace with an open NPS survey without responses, an API token of its admin to submit with, and the people the
/// submissions name in turn (also in <paramref name="RespondentsFile"/>, one "account stakeholder" a line, for wrk).
/// </summary>
public sealed record ApiPlan(DatabaseProvider Provider, string ConnectionString, string WorkFolder, Guid WorkspaceId, Guid SurveyId, string Token,
    IReadOnlyList<ApiRespondent> Respondents, string RespondentsFile);

/// <summary>A stakeholder and their account, named by a submitted response.</summary>
public sealed record ApiRespondent(Guid AccountId, Guid StakeholderId);

/// <summary>
/// One wrk run: requests in how long, its errors by kind, latency percentiles in microseconds, and the ids of the
/// responses the API acknowledged (empty for a GET).
/// </summary>
public sealed record WrkRun(long Requests, double Seconds, long Errors, double P50Milliseconds, double P99Milliseconds, IReadOnlyList<string> Acknowledged);
