using Dyad.Core.Common;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Feedback.Inbox;

/// <summary>
/// A codebook keyword as a workspace keeps it: the keyword, its topic and synonyms (words ending in "*" are
/// patterns), and the user who owns it and hears of new negative feedback on it (002: themes routed to owners).
/// </summary>
public sealed record OwnedKeyword(string Keyword, string? Topic, IReadOnlyList<string> Synonyms, Guid? OwnerId = null)
{
    public CodebookKeyword ToKeyword() => new(Keyword, Topic, Synonyms);
}

public sealed record CodebookDraft(string? Name, IReadOnlyList<OwnedKeyword>? Keywords);

/// <summary>
/// A codebook stored in a workspace. Its keywords are checked by <see cref="Codebook.Create"/>, the same rules the
/// command line applies to a codebook file; owners are checked by the caller, who knows the workspace's users.
/// </summary>
public sealed class WorkspaceCodebook : IWorkspaceOwned
{
    public const int NameMaxLength = 200;

    private WorkspaceCodebook() { }

    public WorkspaceCodebook(Guid workspaceId, CodebookDraft draft, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        Update(draft);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<OwnedKeyword> Keywords { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(CodebookDraft draft)
    {
        var keywords = (draft.Keywords ?? []).ToArray();
        var errors = new FieldErrors().Require("name", draft.Name, NameMaxLength, "Name");
        try
        {
            keywords = Codebook.Create(keywords.Select(k => k.ToKeyword())).Keywords
                .Zip(keywords, (valid, given) => given with { Keyword = valid.Keyword, Topic = valid.Topic, Synonyms = valid.Synonyms })
                .ToArray();
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }
        errors.ThrowIfAny();
        Name = draft.Name!.Trim();
        Keywords = keywords;
    }

    public Codebook ToCodebook() => Codebook.Create(Keywords.Select(k => k.ToKeyword()));
}
