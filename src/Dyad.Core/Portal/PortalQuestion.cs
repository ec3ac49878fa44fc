using Dyad.Core.Common;

namespace Dyad.Core.Portal;

/// <summary>What a question is about, which decides who answers it.</summary>
public sealed record QuestionSubject(Guid? TopicId = null, Guid? DocumentId = null, Guid? MilestoneId = null);

/// <summary>The expert a question is routed to, and why them.</summary>
public sealed record Expert(Guid Id, string Name, string Reason);

/// <summary>
/// A customer's question asked in the portal, routed straight to one named expert. It is also logged as a customer
/// communication, so the response-time alert rule reads it like any question logged by hand.
/// </summary>
public sealed class PortalQuestion : IWorkspaceOwned
{
    public const int TextMaxLength = 4000;

    private PortalQuestion() { }

    public PortalQuestion(CustomerUser asker, QuestionSubject subject, Expert expert, string text, Guid communicationId, DateTimeOffset askedAt)
    {
        new FieldErrors().Require(nameof(Text), text, TextMaxLength, "Question").ThrowIfAny();
        Id = Guid.NewGuid();
        WorkspaceId = asker.WorkspaceId;
        AccountId = asker.AccountId;
        CustomerUserId = asker.Id;
        TopicId = subject.TopicId;
        DocumentId = subject.DocumentId;
        MilestoneId = subject.MilestoneId;
        ExpertId = expert.Id;
        ExpertName = expert.Name;
        RoutedBecause = expert.Reason;
        Text = text.Trim();
        CommunicationId = communicationId;
        AskedAt = askedAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid CustomerUserId { get; private set; }
    public Guid? TopicId { get; private set; }
    public Guid? DocumentId { get; private set; }
    public Guid? MilestoneId { get; private set; }
    public Guid ExpertId { get; private set; }
    public string ExpertName { get; private set; } = "";
    public string RoutedBecause { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>The entry in the communications log; null once someone removed it there.</summary>
    public Guid? CommunicationId { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>How long the customer waited for the answer; null while they still wait.</summary>
    public TimeSpan? ResponseTime => AnsweredAt - AskedAt;

    /// <summary>
    /// A question is routed by the most specific thing it names: the document's owner, then the step's owner, then the
    /// topic's expert, and otherwise the account's owner.
    /// </summary>
    public static Expert? Route(Expert? documentOwner, Expert? milestoneOwner, Expert? topicExpert, Expert? accountOwner) =>
        documentOwner ?? milestoneOwner ?? topicExpert ?? accountOwner;

    public void Reply(string answer, string by, DateTimeOffset at)
    {
        new FieldErrors().Require(nameof(Answer), answer, TextMaxLength, "Answer").ThrowIfAny();
        if (IsAnswered)
        {
            throw new ConflictException("This question has been answered already.");
        }
        Answer = answer.Trim();
        AnsweredBy = by;
        AnsweredAt = at < AskedAt ? AskedAt : at;
    }
}
