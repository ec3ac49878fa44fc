using Dyad.Data;

namespace Dyad.Bench.Api;

/// <summary>A workspace with an open NPS survey without responses, and an API token of its admin to submit with.</summary>
public sealed record ApiPlan(DatabaseProvider Provider, string ConnectionString, string WorkFolder, Guid WorkspaceId, Guid SurveyId, string Token);

/// <summary>
/// One wrk run: requests in how long, its errors by kind, latency percentiles in microseconds, and the ids of the
/// responses the API acknowledged (empty for a GET).
/// </summary>
public sealed record WrkRun(long Requests, double Seconds, long Errors, double P50Milliseconds, double P99Milliseconds, IReadOnlyList<string> Acknowledged);
