using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string Survey004Name = "Customer experience survey (004)";
    public const string Codebook004Name = "Customer experience keywords (004)";

    /// <summary>004: the survey went to 291 customer contacts and 16 answered within two weeks (5.5 %).</summary>
    public const int Survey004Invitations = 291;

    /// <summary>Every 18th invitation answered: 16 of the first 288.</summary>
    private const int Survey004AnswerEvery = 18;

    private const int Survey004SentDaysAgo = 75;
    private const int Survey004AnsweringDays = 14;

    /// <summary>
    /// The 004 customer survey of the engineer-to-order manufacturer: the four open questions sent to 291 contacts
    /// of its customers (its stakeholders and further addresses at the same firms), of whom 16 answered. Coded
    /// with <c>Codebook004</c> the answers give the keyword table of 004 (Table 3) exactly.
    /// </summary>
    private async Task AddSurvey004Async(Guid workspaceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sentAt = now.AddDays(-Survey004SentDaysAgo);
        var accounts = await db.Accounts.Where(a => a.Segment == ManufacturingSegment).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var accountIds = accounts.Select(a => a.Id).ToArray();
        var stakeholders = await db.Stakeholders.Where(s => accountIds.Contains(s.AccountId)).ToListAsync(cancellationToken);
        stakeholders = stakeholders.OrderBy(s => accounts.FindIndex(a => a.Id == s.AccountId)).ThenBy(s => s.Name).ToList();

        var details = new SurveyDetails(Survey004Name, BuiltInInstruments.OpenQuestionsKey, Status: SurveyStatus.Open);
        var survey = new Survey(workspaceId, details, sentAt.AddDays(-1));
        db.Surveys.Add(survey);

        var invitations = stakeholders.Select(s => SurveyInvitation.Issue(survey, s, surveyLinks.Key, sentAt)).ToList();
        for (var i = 0; invitations.Count < Survey004Invitations; i++)
        {
            var account = accounts[i % accounts.Count];
            invitations.Add(SurveyInvitation.Issue(survey, null, surveyLinks.Key, sentAt, ContactEmail(i, account.Name), account.Id));
        }
        foreach (var (index, invitation) in invitations.Index())
        {
            invitation.MarkSent(sentAt);
            if (index % Survey004AnswerEvery == 0 && index / Survey004AnswerEvery < Survey004Answers.Length)
            {
                var number = index / Survey004AnswerEvery;
                var answeredAt = sentAt.AddDays(1 + number * (Survey004AnsweringDays - 1) / Survey004Answers.Length).AddHours(9 + number % 8);
                var response = survey.Respond(
                    new NewSurveyResponse(Survey004Answers[number].ToAnswers(), invitation.AccountId, invitation.StakeholderId,
                        InvitationId: invitation.Id),
                    answeredAt);
                invitation.MarkAnswered(response, answeredAt);
                db.SurveyResponses.Add(response);
            }
        }
        db.SurveyInvitations.AddRange(invitations);
        db.Codebooks.Add(new WorkspaceCodebook(workspaceId, new CodebookDraft(Codebook004Name,
            Codebook004.Codebook.Keywords.Select(k => new OwnedKeyword(k.Keyword, k.Topic, k.Synonyms)).ToArray()), sentAt));
        AddEmployeeNotes(workspaceId);
        // The survey ran for two weeks; closing it stops the unanswered links.
        survey.Update(details with { Status = SurveyStatus.Closed });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] ContactFirstNames =
    [
        "Aino", "Ben", "Carla", "Daniel", "Elina", "Felix", "Grace", "Henrik", "Ines", "Jonas", "Kaisa", "Liam",
        "Maria", "Niko", "Olivia", "Pavel", "Qing", "Rasmus", "Sofia", "Tomas", "Ulla", "Victor", "Wei", "Yuki",
    ];

    private static readonly string[] ContactLastNames =
    [
        "Andersson", "Berg", "Chen", "Dubois", "Eklund", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Koskinen", "Larsen",
        "Meyer", "Nieminen", "Olsen", "Park", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Virta", "Walker", "Zhang",
    ];

    /// <summary>A distinct address for each i below 24 × 24: the last name shifts by one every 24 first names.</summary>
    private static string ContactEmail(int i, string accountName)
    {
        var first = ContactFirstNames[i % ContactFirstNames.Length];
        var last = ContactLastNames[(i / ContactFirstNames.Length + i) % ContactLastNames.Length];
        var domain = new string(accountName.ToLowerInvariant().Where(char.IsLetter).ToArray());
        return $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@{domain}.example";
    }

    private sealed record Survey004Answer(string ImpactFactors, string ServiceIssues, string? DoneRight = null, string? OtherComments = null)
    {
        public Dictionary<string, Answer> ToAnswers()
        {
            var answers = new Dictionary<string, Answer>
            {
                [OpenQuestions004.ImpactFactorsKey] = new(Text: ImpactFactors),
                [OpenQuestions004.ServiceIssuesKey] = new(Text: ServiceIssues),
            };
            if (DoneRight is not null)
            {
                answers[OpenQuestions004.DoneRightKey] = new(Text: DoneRight);
            }
            if (OtherComments is not null)
            {
                answers[OpenQuestions004.OtherCommentsKey] = new(Text: OtherComments);
            }
            return answers;
        }
    }

    /// <summary>The 16 answers, in the customers' words, to the four 004 questions (impact, to improve, done right, other).</summary>
    private static readonly Survey004Answer[] Survey004Answers =
    [
        new("Responsiveness above all: when we ask something during engineering we need an answer within days, not weeks. " +
            "Clear documentation from the start, and a proper kick-off where both teams agree the scope.",
            "Documentation arrives late and in pieces. Communication between sales and the project team should be better; " +
            "we had to repeat our requirements.",
            "Your project manager answered quickly every time we called.",
            "Thank you for asking."),
        new("Fast answers to technical questions, complete documentation delivered with the equipment, and of course a reliable " +
            "product that runs as specified.",
            "The FAT was not ready when we arrived, and the as-built drawings were missing for months.",
            "The product works very well and has been reliable since start-up."),
        new("How responsive the project team is when problems come up in manufacturing. Regular progress meetings, and a well " +
            "prepared FAT where the issues are solved before we travel to the factory.",
            "Slow to respond when something goes wrong on site. The delivery was shipped late twice.",
            "Good communication with the project manager throughout the project.",
            "We hope to see the improvements in the next project."),
        new("Quick replies from engineering, accurate answers the first time, and drawings that match what is actually built.",
            "We were not told about delays until the last moment; communication should be proactive. The acceptance test " +
            "protocol should be agreed in advance.",
            "You were flexible when we had to postpone the installation."),
        new("Responsiveness and open communication with the project manager. Flexibility when our own schedule changes during " +
            "the project.",
            "Manuals in our language, and a response time for service requests we can rely on.",
            "Reliable equipment and a responsive service team."),
        new("Kick-off meeting with the right people, quick response to our questions, the documents on time and a product of " +
            "high quality.",
            "The FAT schedule was moved without asking us. More flexibility when we need to change small details.",
            "Open and honest communication when the schedule slipped.",
            "Keep up the good work!"),
        new("Response time to our e-mails and correct information about the status of the order. Keeping the promised delivery " +
            "date is essential for us.",
            "Tell us earlier about problems, and better communication with the site manager.",
            "The products are well engineered."),
        new("The supplier must be responsive and flexible, and the documentation must be complete before shipment.",
            "Response times of the engineering department, the quality of the documentation, and too many meetings without " +
            "decisions.",
            "The site supervisor solved problems on the spot."),
        new("Good documentation in every phase, a short weekly call during manufacturing and a professional FAT.",
            "Late delivery of the conveyors, and nobody kept us informed about it.",
            "The engineers are skilled and friendly.",
            "A customer portal with the project status would help us."),
        new("Communication between engineering and our site team, up-to-date documentation, and a product that needs little " +
            "commissioning.",
            "A more professional FAT with a written test plan.",
            "Everything went according to plan."),
        new("Meetings with clear minutes, accurate answers from the technical experts, and no surprise costs after the order.",
            "Certificates and test reports must come with the shipment, and we need correct answers to technical questions.",
            "Good cooperation overall."),
        new("The product itself, the factory acceptance test and the way your people communicate problems early.",
            "Answer e-mails within 24 hours.",
            "The start-up went smoothly.",
            "Please share the results of this survey with us."),
        new("Flexibility in engineering changes and keeping the lead time that was agreed.",
            "Spare parts deliveries take too long.",
            "Nice people to work with."),
        new("Good training of our operators before start-up.",
            "Invoices should follow the agreed payment plan."),
        new("Availability of spare parts and fair pricing over the lifetime of the line.",
            "Operator training on site should be longer."),
        new("Trust. We want a partner that tells us the truth even when it is bad news.",
            "Nothing major, keep it up.",
            OtherComments: "Happy to discuss this in person."),
    ];
}
