using System.Text.Json;
using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Data.Events;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Events;

/// <summary>Query string of the event list and the practice analysis: which events to take.</summary>
public sealed record EventListQuery(Guid? AccountId, Guid? JourneyId, int? Phase, DateOnly? From, DateOnly? To)
{
    public EventFilter ToFilter()
    {
        if (From is { } from && To is { } to && from > to)
        {
            throw DomainValidationException.For(nameof(To), $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }
        return new EventFilter(AccountId, JourneyId, Phase, From, To);
    }
}

/// <summary>
/// A new critical event: the same details a PUT replaces, and the practices the provider used. The effect of
/// each practice is not part of the request; it follows from the mode of engagement.
/// </summary>
public sealed record LogEventRequest(CriticalEventDetails? Details, IReadOnlyList<PracticeUse>? Practices = null)
{
    public CriticalEventDetails RequireDetails() =>
        Details ?? throw DomainValidationException.For(nameof(Details), "Give the event's details: journey, phase, date, title, what happened and the experience before and after.");

    /// <summary>
    /// Names each refused field where it sits in this request's body: a practice use's as "practices[1].practiceId",
    /// the event's own under "details", so a client can point at the exact input.
    /// </summary>
    public static DomainValidationException InBody(DomainValidationException invalid) =>
        new(invalid.Errors.ToDictionary(
            e => e.Key.StartsWith("practices[", StringComparison.Ordinal) ? CamelPath(e.Key) : CamelPath($"details.{e.Key}"),
            e => e.Value));

    private static string CamelPath(string path) => string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}

/// <summary>The multipart form of a file upload: the file and the evidence it is; every field but the file is optional.</summary>
public sealed record EvidenceFileForm(
    [FromForm(Name = "file")] IFormFile? File,
    [FromForm(Name = "kind")] string? Kind,
    [FromForm(Name = "text")] string? Text,
    [FromForm(Name = "source")] string? Source,
    [FromForm(Name = "page")] string? Page)
{
    /// <summary>Without a kind the file is a document; a quote or note may come with a scan or recording of itself.</summary>
    public (EvidenceDetails Details, IFormFile File) Read()
    {
        var errors = new FieldErrors();
        var kind = EvidenceKind.Document;
        if (!string.IsNullOrWhiteSpace(Kind) && !EnumText.TryParse(Kind, out kind))
        {
            errors.Add(nameof(Kind), $"Kind must be one of: {string.Join(", ", Enum.GetValues<EvidenceKind>().Select(k => k.ToText()))}.");
        }
        if (File is null)
        {
            errors.Add(nameof(File), "Attach the file in the form field 'file'.");
        }
        errors.ThrowIfAny();
        return (new EvidenceDetails(kind, Text, Source, Page), File!);
    }
}
