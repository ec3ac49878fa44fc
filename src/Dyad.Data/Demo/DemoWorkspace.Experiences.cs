using Dyad.Core.Accounts;
using Dyad.Core.Experiences;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;
using static Dyad.Core.Surveys.Instruments.ExperienceDimension;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string TrainingPulseSurvey = "Training day pulse (Train&Co)";
    public const string InspiringExperience = "Inspiring training days";
    public const string SecureExperience = "Secure order delivery";
    public const string EffortlessExperience = "Effortless monitoring";
    public const string EmotionsQuestion = "emotions";

    private const string TrainingSessions = "Training sessions";

    /// <summary>Monthly pulses after the last eight months of training sessions.</summary>
    private const int TrainingPulseRounds = 8;

    /// <summary>Course participants who answer a pulse without being stakeholders on record.</summary>
    private const int AnonymousParticipants = 3;

    private static readonly (string Key, string English, string Dutch, bool Evoke)[] TrainingEmotions =
    [
        ("excited", "Excited", "Enthousiast", true),
        ("proud", "Proud", "Trots", true),
        ("curious", "Curious", "Nieuwsgierig", true),
        ("bored", "Bored", "Verveeld", false),
        ("indifferent", "Indifferent", "Onverschillig", false),
        ("overwhelmed", "Overwhelmed", "Overweldigd", false),
    ];

    /// <summary>
    /// One target experience per demo firm, linked to where it is aimed at and to the demo's measures, so its attainment
    /// comes from the demo answers: Train&amp;Co's inspiring training days (a pulse survey with the inspiring items and an
    /// emotion pick-list, after the training sessions), the manufacturer's secure order delivery (the 004 answers' keywords,
    /// read by sentiment) and MonITor's effortless monitoring (SERVQUAL responsiveness perceptions and the relationship NPS).
    /// </summary>
    private async Task AddExperiencesAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var templates = await db.JourneyTemplates.Include(t => t.Phases).ToDictionaryAsync(t => t.Name, cancellationToken);
        var surveys = await db.Surveys.ToDictionaryAsync(s => s.Name, cancellationToken);
        var pulse = await AddTrainingPulseAsync(workspaceId, now, cancellationToken);

        var inspiring = Experience(workspaceId, "inspiring", "Sanne Kuipers", now.AddDays(-260), d => d with
        {
            Name = InspiringExperience,
            Description = "Participants leave a training day with new ideas, proud of what they practised, and eager to try it at work.",
            Scope = ExperienceScope.Touchpoint,
            Perspective = ExperiencePerspective.UsageCentre,
            Roles = [BuyingCentreRole.User, BuyingCentreRole.Influencer],
            ExchangeType = RelationshipType.Relational,
            Strategy = new StrategyStatement(ValueProposition: "Training that changes how teams work, not a day out of the office."),
        });
        var trainingTouchpoints = await db.Touchpoints.Where(t => t.Name == TrainingSessions).ToListAsync(cancellationToken);
        foreach (var touchpoint in trainingTouchpoints)
        {
            db.TargetExperienceLinks.Add(TargetExperienceLink.ToTouchpoint(inspiring, touchpoint));
        }
        foreach (var item in pulse.Questions.Where(q => q.Type == QuestionType.Rating))
        {
            db.TargetExperienceLinks.Add(TargetExperienceLink.ToQuestion(inspiring, pulse, item.Key));
        }
        db.TargetExperienceLinks.Add(TargetExperienceLink.ToEmotions(inspiring, pulse, EmotionsQuestion,
            TrainingEmotions.Where(e => e.Evoke).Select(e => e.Key).ToArray(), TrainingEmotions.Where(e => !e.Evoke).Select(e => e.Key).ToArray()));

        var secure = Experience(workspaceId, "secure", "Laura Niemi", now.AddDays(-90), d => d with
        {
            Name = SecureExperience,
            Description = "From kick-off to delivery the customer knows where the order stands and trusts the drawings, the tests and our answers.",
            Perspective = ExperiencePerspective.BuyingCentre,
            Roles = [BuyingCentreRole.DecisionMaker, BuyingCentreRole.Buyer, BuyingCentreRole.Specifier],
            Strategy = new StrategyStatement(CompetitivePosition: "The supplier whose deliveries never need chasing.",
                BrandAssociation: "Reliable engineering"),
        });
        var orderDelivery = templates[BuiltInJourneyTemplates.OrderDelivery];
        db.TargetExperienceLinks.Add(TargetExperienceLink.ToTemplate(secure, orderDelivery));
        db.TargetExperienceLinks.Add(TargetExperienceLink.ToPhase(secure, orderDelivery, 4));
        var codebookKeywords = Core.Feedback.Codebooks.Codebook004.Codebook.Keywords.Select(k => k.Keyword).ToArray();
        foreach (var keyword in new[] { "documentation", "responsiveness", "professional FAT", "accurate answers" })
        {
            db.TargetExperienceLinks.Add(TargetExperienceLink.ToKeyword(secure, keyword, codebookKeywords));
        }

        var effortless = Experience(workspaceId, "effortless", "John Verhoef", now.AddDays(-200), d => d with
        {
            Name = EffortlessExperience,
            Description = "Monitoring runs in the background; when something breaks, the customer hears from us first and never has to chase.",
            Roles = [BuyingCentreRole.User, BuyingCentreRole.DecisionMaker],
        });
        var serviceJourney = templates[BuiltInJourneyTemplates.ServiceJourney];
        db.TargetExperienceLinks.Add(TargetExperienceLink.ToPhase(effortless, serviceJourney, 4));
        var monitorSurvey = surveys[MonitorServqualSurvey];
        foreach (var item in ServqualItems.Of(ServqualDimension.Responsiveness))
        {
            db.TargetExperienceLinks.Add(TargetExperienceLink.ToQuestion(effortless, monitorSurvey, ServqualQuestions.PerceptionKey(item)));
        }
        db.TargetExperienceLinks.Add(TargetExperienceLink.ToQuestion(effortless, surveys[NpsSurvey], BuiltInInstruments.ScoreQuestion));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An experience started from a library template and adapted, with its first version dated and signed.</summary>
    private TargetExperience Experience(Guid workspaceId, string template, string by, DateTimeOffset at,
        Func<TargetExperienceDefinition, TargetExperienceDefinition> adapt)
    {
        var (experience, first) = TargetExperience.Create(workspaceId, adapt(TargetExperienceLibrary.Find(template)!.Definition), by, at);
        db.TargetExperiences.Add(experience);
        db.TargetExperienceVersions.Add(first);
        return experience;
    }

    /// <summary>
    /// A short pulse after Stadsbank's training sessions: three inspiring items and the emotions the day left. Answers start
    /// lukewarm and warm up month by month, as the trainers adapt the programme.
    /// </summary>
    private async Task<Survey> AddTrainingPulseAsync(Guid workspaceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var emotions = new Question(EmotionsQuestion, QuestionType.MultipleChoice,
            LocalizedText.Of("Which words describe how the training day left you?", "Welke woorden beschrijven hoe de trainingsdag u achterliet?"),
            Options: TrainingEmotions.Select(e => new QuestionOption(e.Key, LocalizedText.Of(e.English, e.Dutch))).ToArray());
        var itemKeys = new[] { Intellectual, Affective, Relational }.Select(d => TargetExperienceItems.Key(TargetExperienceCategory.Inspiring, d)).ToArray();
        var items = TargetExperienceItems.All.Where(q => itemKeys.Contains(q.Key)).ToArray();
        var survey = new Survey(workspaceId, new SurveyDetails(TrainingPulseSurvey, Questions: [.. items, emotions], Languages: ["en", "nl"]),
            now.AddDays(-TrainingPulseRounds * 30 - 20));
        survey.Update(new SurveyDetails(TrainingPulseSurvey, Questions: survey.Questions, Languages: ["en", "nl"], Status: SurveyStatus.Open));
        db.Surveys.Add(survey);

        var sessions = await (
                from touchpoint in db.Touchpoints
                join journey in db.Journeys on touchpoint.JourneyId equals journey.Id
                where touchpoint.Name == TrainingSessions
                select new { touchpoint.Id, touchpoint.JourneyId, touchpoint.Phase, journey.AccountId })
            .FirstAsync(cancellationToken);
        var people = await db.Stakeholders.Where(s => s.AccountId == sessions.AccountId).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var random = new Random(SurveySeed);
        var context = new SurveyContext(sessions.JourneyId, sessions.Phase, sessions.Id);
        for (var round = 0; round < TrainingPulseRounds; round++)
        {
            var warmth = -0.8 + 1.6 * round / (TrainingPulseRounds - 1);
            foreach (var person in people.Select(p => (Guid?)p.Id).Concat(Enumerable.Repeat<Guid?>(null, AnonymousParticipants)))
            {
                var submittedAt = now.AddDays(-(TrainingPulseRounds - round) * 30 + random.Next(0, 5)).AddMinutes(random.Next(15 * 60, 18 * 60));
                var answers = items.ToDictionary(q => q.Key,
                    q => new Answer(Number: (int)Math.Round(Math.Clamp(5 + warmth + Normal(random, 0, 0.9), q.Lowest, q.Highest))));
                var picked = TrainingEmotions.Where(e => random.NextDouble() < (e.Evoke ? 0.45 + 0.2 * warmth : 0.3 - 0.15 * warmth))
                    .Select(e => e.Key).ToArray();
                if (picked.Length > 0)
                {
                    answers[EmotionsQuestion] = new Answer(Choices: picked);
                }
                db.SurveyResponses.Add(survey.Respond(new NewSurveyResponse(answers, sessions.AccountId, person, Context: context), submittedAt));
            }
        }
        return survey;
    }
}
