using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Events;

namespace Dyad.Core.Portal;

/// <summary>The kinds of documents 004's customers wait for during order delivery.</summary>
public enum DocumentKind
{
    Drawing,
    Specification,
    Minutes,
    FatReport,
    Other,
}

public sealed record DocumentDetails(string Title, DocumentKind Kind, Guid OwnerId, Guid? JourneyId = null)
{
    public const int TitleMaxLength = 200;
}

/// <summary>A document shared with one customer account; every upload is a new version and none is ever overwritten.</summary>
public sealed class PortalDocument : IWorkspaceOwned
{
    private readonly List<DocumentVersion> _versions = [];

    private PortalDocument() { }

    public PortalDocument(Account account, DocumentDetails details, string ownerName, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = account.WorkspaceId;
        AccountId = account.Id;
        CreatedAt = createdAt;
        Describe(details, ownerName);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid? JourneyId { get; private set; }
    public string Title { get; private set; } = "";
    public DocumentKind Kind { get; private set; }

    /// <summary>The provider's person for this document: questions about it go to them.</summary>
    public Guid OwnerId { get; private set; }

    public string OwnerName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyCollection<DocumentVersion> Versions => _versions;

    public DocumentVersion? Latest => _versions.MaxBy(v => v.Number);

    public void Describe(DocumentDetails details, string ownerName)
    {
        var errors = new FieldErrors()
            .Require(nameof(details.Title), details.Title, DocumentDetails.TitleMaxLength, "Title")
            .Defined(nameof(details.Kind), details.Kind, "Kind");
        if (details.OwnerId == Guid.Empty)
        {
            errors.Add(nameof(details.OwnerId), "Name who owns this document.");
        }
        errors.ThrowIfAny();
        Title = details.Title.Trim();
        Kind = details.Kind;
        OwnerId = details.OwnerId;
        OwnerName = ownerName;
        JourneyId = details.JourneyId;
    }

    public DocumentVersion AddVersion(StoredFile file, string? note, string uploadedBy, DateTimeOffset uploadedAt)
    {
        new FieldErrors().MaxLength("Note", note, DocumentVersion.NoteMaxLength, "Note").ThrowIfAny();
        var version = new DocumentVersion(this, (Latest?.Number ?? 0) + 1, file, Blank.ToNull(note), uploadedBy, uploadedAt);
        _versions.Add(version);
        return version;
    }
}

/// <summary>One upload of a document. Its file lives in the portal's storage folder under a random name.</summary>
public sealed class DocumentVersion : IWorkspaceOwned
{
    public const int NoteMaxLength = 1000;

    private DocumentVersion() { }

    internal DocumentVersion(PortalDocument document, int number, StoredFile file, string? note, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = document.WorkspaceId;
        DocumentId = document.Id;
        Number = number;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Size;
        StorageName = file.StorageName;
        Note = note;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid DocumentId { get; private set; }
    public int Number { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StorageName { get; private set; } = "";
    public string? Note { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public StoredFile File => new(FileName, ContentType, Size, StorageName);
}

/// <summary>A customer user who wants an e-mail when a document gets a new version.</summary>
public sealed class DocumentFollow : IWorkspaceOwned
{
    private DocumentFollow() { }

    public DocumentFollow(PortalDocument document, CustomerUser user, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        WorkspaceId = document.WorkspaceId;
        DocumentId = document.Id;
        CustomerUserId = user.Id;
        FollowedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid CustomerUserId { get; private set; }
    public DateTimeOffset FollowedAt { get; private set; }
}

/// <summary>
/// The e-mail owed to one follower for one new version. A unique index on (version, follower) makes the notice, and so the
/// e-mail, exist once however often the sender runs.
/// </summary>
public sealed class DocumentNotice : IWorkspaceOwned
{
    private DocumentNotice() { }

    public DocumentNotice(DocumentVersion version, Guid customerUserId, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        WorkspaceId = version.WorkspaceId;
        DocumentId = version.DocumentId;
        VersionId = version.Id;
        CustomerUserId = customerUserId;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid VersionId { get; private set; }
    public Guid CustomerUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when a sender claims the notice, before it sends; cleared again when the mail server could not be reached.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public string? Failure { get; private set; }
}
