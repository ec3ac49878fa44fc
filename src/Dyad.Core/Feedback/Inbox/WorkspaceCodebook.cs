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

/// <summary>
/// The least number of answers a keyword needs within one question topic to be reported by the content analysis (004:
/// 3 for customer experience, 2 for customer service).
/// </summary>
public sealed record TopicThreshold(string Topic, int Minimum);

/// <summary>
/// What a codebook is saved from. Thresholds left null get the 004 ones (<see cref="WorkspaceCodebook.DefaultThresholds"/>);
/// <see cref="OtherTopicsThreshold"/> left null keeps every keyword named once in a topic without a threshold of its own.
/// </summary>
public sealed record CodebookDraft(string? Name, IReadOnlyList<OwnedKeyword>? Keywords, IReadOnlyList<TopicThreshold>? Thresholds = null,
    int? OtherTopicsThreshold = null);

/// <summary>
/// A codebook stored in a workspace. Its keywords are checked by <see cref="Codebook.Create"/>, the same rules the
/// command line applies to a codebook file; owners are checked by the caller, who knows the workspace's users.
/// </summary>
public sealed class WorkspaceCodebook : IWorkspaceOwned
{
    public const int NameMaxLength = 200;
    public const int TopicMaxLength = 100;
    public const int MaxThreshold = 1000;
    public const int DefaultOtherTopicsThreshold = 1;

    /// <summary>004's thresholds: at least 3 answers for the customer-experience topic, 2 for customer service.</summary>
    public static IReadOnlyList<TopicThreshold> DefaultThresholds { get; } =
        Codebook004.Thresholds.Select(t => new TopicThreshold(t.Key, t.Value)).ToArray();

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
    public IReadOnlyList<TopicThreshold> Thresholds { get; private set; } = DefaultThresholds;

    /// <summary>The threshold of every topic <see cref="Thresholds"/> does not name.</summary>
    public int OtherTopicsThreshold { get; private set; } = DefaultOtherTopicsThreshold;

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
        var thresholds = (draft.Thresholds ?? DefaultThresholds).Select(t => t with { Topic = t.Topic?.Trim() ?? "" }).ToArray();
        CheckThresholds(errors, thresholds, draft.OtherTopicsThreshold);
        errors.ThrowIfAny();
        Name = draft.Name!.Trim();
        Keywords = keywords;
        Thresholds = thresholds;
        OtherTopicsThreshold = draft.OtherTopicsThreshold ?? DefaultOtherTopicsThreshold;
    }

    private static void CheckThresholds(FieldErrors errors, IReadOnlyList<TopicThreshold> thresholds, int? other)
    {
        var topics = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, threshold) in thresholds.Index())
        {
            var field = $"thresholds[{index}]";
            errors.Require($"{field}.topic", threshold.Topic, TopicMaxLength, "Topic");
            if (threshold.Topic.Length > 0 && !topics.Add(threshold.Topic))
            {
                errors.Add($"{field}.topic", $"Topic '{threshold.Topic}' has a threshold already.");
            }
            CheckMinimum(errors, $"{field}.minimum", threshold.Minimum);
        }
        if (other is { } minimum)
        {
            CheckMinimum(errors, "otherTopicsThreshold", minimum);
        }
    }

    private static void CheckMinimum(FieldErrors errors, string field, int minimum)
    {
        if (minimum is < 1 or > MaxThreshold)
        {
            errors.Add(field, $"A threshold is a number of answers from 1 to {MaxThreshold}.");
        }
    }

    public Codebook ToCodebook() => Codebook.Create(Keywords.Select(k => k.ToKeyword()));
}
