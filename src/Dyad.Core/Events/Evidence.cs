using Dyad.Core.Common;

namespace Dyad.Core.Events;

public enum EvidenceKind
{
    Quote,
    Note,
    Document,
}

/// <summary>What an event's account rests on: a quote, a field note or a document, with where it came from.</summary>
public sealed class Evidence : IWorkspaceOwned
{
    public const int TextMaxLength = 8000;

    private Evidence() { }

    public Evidence(CriticalEvent criticalEvent, EvidenceDetails details, DateTimeOffset addedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = criticalEvent.WorkspaceId;
        EventId = criticalEvent.Id;
        AddedAt = addedAt;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EventId { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Who said or wrote it ("Customer – project leader") or the document's title.</summary>
    public string? Source { get; private set; }

    public string? Page { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public StoredFile? File { get; private set; }

    public void Update(EvidenceDetails details)
    {
        var errors = new FieldErrors()
            .Defined(nameof(Kind), details.Kind, "Kind")
            .MaxLength(nameof(Text), details.Text, TextMaxLength, "Text")
            .MaxLength(nameof(Source), details.Source, 200, "Source")
            .MaxLength(nameof(Page), details.Page, 40, "Page");
        if (details.Kind != EvidenceKind.Document && string.IsNullOrWhiteSpace(details.Text))
        {
            errors.Add(nameof(Text), $"A {details.Kind.ToLabel()} needs its text.");
        }
        errors.ThrowIfAny();
        Kind = details.Kind;
        Text = details.Text?.Trim() ?? "";
        Source = Blank.ToNull(details.Source);
        Page = Blank.ToNull(details.Page);
    }

    public void Attach(StoredFile file) => File = file;
}

public sealed record EvidenceDetails(EvidenceKind Kind, string? Text, string? Source = null, string? Page = null);

/// <summary>An uploaded file, kept in the data folder (outside the web root) under <see cref="StorageName"/>.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string StorageName);
