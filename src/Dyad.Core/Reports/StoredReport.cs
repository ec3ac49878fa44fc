using Dyad.Core.Common;

namespace Dyad.Core.Reports;

/// <summary>
/// A generated report kept as it was written: the file's bytes, what it covers and for whom it was made. A report is
/// never regenerated in place; a new one is a new row, so a file once handed around can be downloaded again unchanged.
/// </summary>
public sealed class StoredReport : IWorkspaceOwned
{
    public const int TitleMaxLength = 300;

    private StoredReport() { }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public ReportKind Kind { get; private set; }
    public ReportFormat Format { get; private set; }

    /// <summary>The account an account review is about; null for a workspace report.</summary>
    public Guid? AccountId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The dashboard filter the report was made with, as the dashboards' address carries it ("" for everything).</summary>
    public string Filter { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public int Size { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedById { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>The schedule and month a scheduled report was made for; null for one made by hand.</summary>
    public Guid? ScheduleId { get; private set; }
    public int? ScheduleMonth { get; private set; }

    public string FileName => FileNameOf(Title, CreatedAt, Format);

    public static StoredReport Create(Guid workspaceId, ReportKind kind, ReportFormat format, Guid? accountId, string title, string filter,
        byte[] content, DateTimeOffset at, Guid? createdById, string createdBy, (Guid Id, int Month)? schedule = null)
    {
        if (kind == ReportKind.AccountReview && accountId is null)
        {
            throw DomainValidationException.For("accountId", "An account review needs an account.");
        }
        return new StoredReport
        {
            Id = Guid.NewGuid(),
            WorkspaceId = workspaceId,
            Kind = kind,
            Format = format,
            AccountId = kind == ReportKind.AccountReview ? accountId : null,
            Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title,
            Filter = filter,
            Content = content,
            Size = content.Length,
            CreatedAt = at,
            CreatedById = createdById,
            CreatedBy = createdBy,
            ScheduleId = schedule?.Id,
            ScheduleMonth = schedule?.Month,
        };
    }

    /// <summary>"account-review-harbour-cranes-2026-11-23.pdf": the title in words a file system takes, the day, the format's extension.</summary>
    public static string FileNameOf(string title, DateTimeOffset createdAt, ReportFormat format)
    {
        var words = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        var slug = string.Join('-', words.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"{(slug.Length > 60 ? slug[..60].TrimEnd('-') : slug)}-{createdAt.UtcDateTime:yyyy-MM-dd}.{format.Extension()}";
    }
}
