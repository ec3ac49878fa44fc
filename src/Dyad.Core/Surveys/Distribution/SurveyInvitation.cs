using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Accounts;
using Dyad.Core.Common;

namespace Dyad.Core.Surveys.Distribution;

/// <summary>Why an invitation link no longer opens the survey, so the respondent page can say so plainly.</summary>
public enum InvitationUnusable
{
    AlreadyAnswered,
    Expired,
    SurveyNotOpen,

    /// <summary>The participant list gave the link a start (LimeSurvey's validfrom) that has not come yet.</summary>
    NotYetValid,
}

/// <summary>
/// One person's invitation to one survey: the single-use link they answer through, and its track from sent to answered.
/// The link's token is derived from a server secret (<see cref="InvitationLinkKey"/>) and only its SHA-256 is stored, so
/// a reminder sends the same link again while the database alone opens nothing; it opens only this one survey for this
/// one person, and only until it is answered or expires.
/// </summary>
public sealed class SurveyInvitation : IWorkspaceOwned
{
    public const int EmailMaxLength = 254;
    public const int DedupKeyMaxLength = 200;
    public const int ReasonMaxLength = 500;
    public const int NameMaxLength = 100;
    public const int AttributeMaxLength = 500;
    public const int MaxAttributes = 50;

    /// <summary>A token brought from another tool must be as hard to guess as Dyad's own: 22 base64url characters are 132 bits.</summary>
    public const int ImportedTokenMinLength = 22;

    public const int TokenMaxLength = 64;

    /// <summary>SHA-256 in lower-case hex.</summary>
    public const int TokenHashLength = 64;

    private SurveyInvitation() { }

    private SurveyInvitation(Survey survey, Stakeholder? stakeholder, InvitationLinkKey linkKey, Guid? accountId, string? email, string language,
        string? dedupKey, SurveyContext context, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = survey.WorkspaceId;
        SurveyId = survey.Id;
        StakeholderId = stakeholder?.Id;
        AccountId = stakeholder?.AccountId ?? accountId;
        Email = Blank.ToNull(email) ?? stakeholder?.Email;
        BuyingCentreRole = stakeholder?.BuyingCentreRole;
        IsDecisionMakingUnitMember = stakeholder?.IsDecisionMakingUnitMember ?? false;
        Language = language;
        DedupKey = Blank.ToNull(dedupKey);
        TokenHash = HashOf(linkKey.TokenFor(Id));
        Context = context;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid SurveyId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? StakeholderId { get; private set; }
    public string? Email { get; private set; }

    /// <summary>The invitee's role when invited, kept so response rates by role stay true after the person changes role.</summary>
    public BuyingCentreRole? BuyingCentreRole { get; private set; }

    public bool IsDecisionMakingUnitMember { get; private set; }

    /// <summary>The language the link opens in; the respondent may still switch among the survey's languages.</summary>
    public string Language { get; private set; } = "";

    /// <summary>
    /// What caused the invitation (a trigger firing on a touchpoint, a phase entry, a periodic round), unique per
    /// workspace, so a trigger that fires again after a restart finds its invitation instead of sending a second.
    /// </summary>
    public string? DedupKey { get; private set; }

    /// <summary>The SHA-256 of the secret part of the respondent's link; the link itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>Where in the journey the invitation was sent from, carried into the response for breakdowns.</summary>
    public SurveyContext Context { get; private set; } = SurveyContext.None;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>The link opens from this moment on; null for at once (LimeSurvey's validfrom).</summary>
    public DateTimeOffset? ValidFrom { get; private set; }

    /// <summary>The person's names as a participant list gave them, for an invitation to a bare address.</summary>
    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    /// <summary>A participant list's extra columns (LimeSurvey's attribute_1 ... attribute_n), kept to be exported again.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? BouncedAt { get; private set; }
    public string? BounceReason { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? LastReminderAt { get; private set; }
    public int ReminderCount { get; private set; }

    /// <summary>The answers saved so far, so the respondent resumes where they left off from the same link.</summary>
    public IReadOnlyDictionary<string, Answer> Draft { get; private set; } = new Dictionary<string, Answer>();

    public Guid? ResponseId { get; private set; }

    /// <summary>The trigger that made the invitation; null for one made by hand.</summary>
    public Guid? TriggerId { get; private set; }

    /// <summary>Set when the fatigue cap held the invitation back; it is kept, never sent, so the page can say why.</summary>
    public DateTimeOffset? SuppressedAt { get; private set; }

    public string? SuppressedReason { get; private set; }

    /// <summary>
    /// Until when one sender holds the invitation to send its e-mail. Taken by a conditional update, so of two app
    /// instances only one sends; a sender that dies mid-way lets the claim lapse and another retries.
    /// </summary>
    [NotAudited]
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public InvitationStatus Status =>
        SuppressedAt is not null ? InvitationStatus.Suppressed
        : AnsweredAt is not null ? InvitationStatus.Answered
        : StartedAt is not null ? InvitationStatus.Started
        : OpenedAt is not null ? InvitationStatus.Opened
        : BouncedAt is not null ? InvitationStatus.Bounced
        : SentAt is not null ? InvitationStatus.Sent
        : InvitationStatus.Pending;

    /// <summary>
    /// A new invitation whose unguessable token <paramref name="linkKey"/> derives from its id. A stakeholder invitation
    /// takes the person's account, e-mail and role; without a stakeholder, give the e-mail.
    /// </summary>
    public static SurveyInvitation Issue(Survey survey, Stakeholder? stakeholder, InvitationLinkKey linkKey, DateTimeOffset now,
        string? email = null, Guid? accountId = null, string? language = null, string? dedupKey = null, DateTimeOffset? expiresAt = null,
        SurveyContext? context = null)
    {
        var errors = new FieldErrors();
        var chosenLanguage = (Blank.ToNull(language) ?? survey.Languages[0]).Trim().ToLowerInvariant();
        if (!survey.Languages.Contains(chosenLanguage))
        {
            errors.Add(nameof(Language), $"The survey is in {string.Join(", ", survey.Languages)}.");
        }
        if (stakeholder is not null && stakeholder.WorkspaceId != survey.WorkspaceId)
        {
            errors.Add(nameof(StakeholderId), "The stakeholder belongs to another workspace.");
        }
        if (stakeholder is null && Blank.ToNull(email) is null)
        {
            errors.Add(nameof(Email), "Invite a stakeholder or give an e-mail address.");
        }
        if (email is { Length: > EmailMaxLength })
        {
            errors.Add(nameof(Email), $"An e-mail address is at most {EmailMaxLength} characters.");
        }
        if (dedupKey is { Length: > DedupKeyMaxLength })
        {
            errors.Add(nameof(DedupKey), $"A dedup key is at most {DedupKeyMaxLength} characters.");
        }
        if (expiresAt is { } expiry && expiry <= now)
        {
            errors.Add(nameof(ExpiresAt), "An invitation expires in the future.");
        }
        errors.ThrowIfAny();
        return new SurveyInvitation(survey, stakeholder, linkKey, accountId, email, chosenLanguage, dedupKey, context ?? SurveyContext.None, now, expiresAt);
    }

    /// <summary>
    /// What a participant list says about the person beyond the address: names, the link's window, extra attributes, and
    /// a token of the list's own, so links sent from another tool keep working. Set before the invitation is stored. Dyad
    /// cannot make such a token again, so it sends no e-mail for the invitation (see <see cref="TokenFrom"/>).
    /// </summary>
    public void Describe(ParticipantFields fields)
    {
        var errors = new FieldErrors()
            .MaxLength(nameof(FirstName), fields.FirstName, NameMaxLength, "The first name")
            .MaxLength(nameof(LastName), fields.LastName, NameMaxLength, "The last name");
        if (fields.Token is { } token && !IsStrongToken(token))
        {
            errors.Add(nameof(ParticipantFields.Token), $"A token is {ImportedTokenMinLength} to {TokenMaxLength} letters, digits, '-' or '_', so it cannot be guessed.");
        }
        if (fields.ValidFrom is { } from && (ExpiresAt ?? fields.ValidUntil) is { } until && from >= until)
        {
            errors.Add(nameof(ValidFrom), "The link must open before it expires.");
        }
        var attributes = fields.Attributes ?? new Dictionary<string, string>();
        if (attributes.Count > MaxAttributes)
        {
            errors.Add(nameof(Attributes), $"At most {MaxAttributes} attributes.");
        }
        if (attributes.FirstOrDefault(a => a.Value.Length > AttributeMaxLength) is { Key: { } longOne })
        {
            errors.Add(nameof(Attributes), $"{longOne} is longer than {AttributeMaxLength} characters.");
        }
        errors.ThrowIfAny();
        FirstName = Blank.ToNull(fields.FirstName);
        LastName = Blank.ToNull(fields.LastName);
        ValidFrom = fields.ValidFrom;
        ExpiresAt ??= fields.ValidUntil;
        Attributes = attributes.Where(a => a.Value.Length > 0).ToDictionary();
        if (fields.Token is { } given)
        {
            TokenHash = HashOf(given.Trim());
        }
    }

    /// <summary>How a presented token is looked up: the stored value is this hash, never the token.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>
    /// The link's token made again from the key, for the invitation e-mail, its reminders and the distribution page.
    /// Null when the token was not derived from this key (a participant list's own token, or one issued before tokens
    /// were derived): then only the person holds the link.
    /// </summary>
    public string? TokenFrom(InvitationLinkKey linkKey) =>
        linkKey.TokenFor(Id) is var token && HashOf(token) == TokenHash ? token : null;

    public static bool IsStrongToken(string token)
    {
        var trimmed = token.Trim();
        return trimmed.Length is >= ImportedTokenMinLength and <= TokenMaxLength
               && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    /// <summary>Made by a trigger: remembers which one, so the distribution page can show the cause.</summary>
    public void MadeBy(Guid triggerId) => TriggerId = triggerId;

    /// <summary>Held back by the fatigue cap: the person was already invited on <paramref name="lastInvitedAt"/>.</summary>
    public void Suppress(DateTimeOffset lastInvitedAt, DateTimeOffset now)
    {
        SuppressedAt = now;
        SuppressedReason = $"Skipped: invited on {lastInvitedAt:yyyy-MM-dd}.";
    }

    /// <summary>Why the link cannot be answered now, or null when it can.</summary>
    public InvitationUnusable? Unusable(Survey survey, DateTimeOffset now) =>
        AnsweredAt is not null ? InvitationUnusable.AlreadyAnswered
        : ExpiresAt is { } expiry && expiry <= now ? InvitationUnusable.Expired
        : ValidFrom is { } from && from > now ? InvitationUnusable.NotYetValid
        : survey.Status != SurveyStatus.Open ? InvitationUnusable.SurveyNotOpen
        : null;

    public void MarkSent(DateTimeOffset now)
    {
        SentAt ??= now;
        ClaimedUntil = null;
        BouncedAt = null;
        BounceReason = null;
    }

    /// <summary>The mail server refused the address; the reason is kept as the server gave it, cut to fit.</summary>
    public void MarkBounced(string reason, DateTimeOffset now)
    {
        BouncedAt = now;
        ClaimedUntil = null;
        BounceReason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
    }

    public void MarkReminded(DateTimeOffset now)
    {
        LastReminderAt = now;
        ReminderCount++;
        ClaimedUntil = null;
    }

    public void MarkOpened(DateTimeOffset now) => OpenedAt ??= now;

    /// <summary>Keeps the answers given so far; the first save marks the invitation started.</summary>
    public void SaveDraft(IReadOnlyDictionary<string, Answer> answers, DateTimeOffset now)
    {
        OpenedAt ??= now;
        StartedAt ??= now;
        Draft = answers.Where(a => !a.Value.IsEmpty).ToDictionary();
    }

    /// <summary>Who answers through this link, as far as the invitation knows, for questions meant for an audience.</summary>
    public Respondent AsRespondent() => new(BuyingCentreRole, IsDecisionMakingUnitMember);

    /// <summary>
    /// The response these answers make, carrying the invitation's account, person and journey context, and the
    /// invitation marked answered. Check <see cref="Unusable"/> first: a used link takes no second response.
    /// </summary>
    public SurveyResponse Submit(Survey survey, IReadOnlyDictionary<string, Answer> answers, string? language, DateTimeOffset now)
    {
        if (AnsweredAt is not null)
        {
            throw new InvalidOperationException("This invitation has been answered already.");
        }
        var response = survey.Respond(new NewSurveyResponse(answers, AccountId, StakeholderId, language, InvitationId: Id, Context: Context),
            now, AsRespondent());
        MarkAnswered(response, now);
        return response;
    }

    public void MarkAnswered(SurveyResponse response, DateTimeOffset now)
    {
        OpenedAt ??= now;
        StartedAt ??= now;
        AnsweredAt ??= now;
        ResponseId = response.Id;
        Draft = new Dictionary<string, Answer>();
    }
}

/// <summary>A participant list's columns beyond the e-mail address (LimeSurvey's participant table).</summary>
public sealed record ParticipantFields(string? FirstName = null, string? LastName = null, string? Token = null, DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null, IReadOnlyDictionary<string, string>? Attributes = null);
