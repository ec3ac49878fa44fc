using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string MonitorServqualSurvey = "MonITor relationship survey (SERVQUAL)";
    public const string TrainingServqualSurvey = "Train&Co relationship survey (SERVQUAL)";
    public const string NpsSurvey = "Relationship NPS";

    /// <summary>Fixed, so every demo workspace holds the same answers and tests can hold them to sane figures.</summary>
    private const int SurveySeed = 2026;

    /// <summary>Days back of the four quarterly SERVQUAL rounds: a year of relationship surveys.</summary>
    private static readonly int[] ServqualRounds = [340, 250, 160, 70];

    /// <summary>
    /// Typical importance points over tangibles, reliability, responsiveness, assurance and empathy: reliability first and
    /// tangibles last, as SERVQUAL studies usually find.
    /// </summary>
    private static readonly int[] TypicalWeights = [11, 32, 22, 19, 16];

    /// <summary>
    /// A SERVQUAL relationship survey for the MonITor and Train&amp;Co customers, asked every quarter of the last year, and a
    /// monthly NPS over the same customers whose score climbs. Perception falls short of expectation, most on the dimension
    /// each firm's cases show it weak in (MonITor's slow communication: responsiveness; Train&amp;Co's scheduling: reliability),
    /// and narrows round by round. Answers come from a seeded generator, so they are the same in every demo workspace.
    /// </summary>
    private async Task AddSurveysAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var random = new Random(SurveySeed);
        var now = clock.GetUtcNow();
        var accounts = await db.Accounts.ToListAsync(cancellationToken);
        var people = await db.Stakeholders.OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var places = new JourneyPlaces(
            await db.Journeys.AsNoTracking().ToListAsync(cancellationToken),
            await db.JourneyPhaseChanges.AsNoTracking().ToListAsync(cancellationToken),
            await db.Touchpoints.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken));
        var respondents = new Dictionary<string, List<Stakeholder>>
        {
            [MonitorSegment] = [],
            [TrainingSegment] = [],
        };
        foreach (var person in people)
        {
            var segment = accounts.Single(a => a.Id == person.AccountId).Segment;
            if (segment is not null && respondents.TryGetValue(segment, out var list))
            {
                list.Add(person);
            }
        }

        AddServqualSurvey(workspaceId, MonitorServqualSurvey, respondents[MonitorSegment], ServqualDimension.Responsiveness, random, now, places);
        AddServqualSurvey(workspaceId, TrainingServqualSurvey, respondents[TrainingSegment], ServqualDimension.Reliability, random, now, places);
        AddNpsSurvey(workspaceId, [.. respondents[MonitorSegment], .. respondents[TrainingSegment]], random, now, places);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Survey OpenSurvey(Guid workspaceId, string name, string instrument, DateTimeOffset createdAt)
    {
        var survey = new Survey(workspaceId, new SurveyDetails(name, instrument), createdAt);
        survey.Update(new SurveyDetails(name, instrument, Status: SurveyStatus.Open));
        db.Surveys.Add(survey);
        return survey;
    }

    private void AddServqualSurvey(Guid workspaceId, string name, IReadOnlyList<Stakeholder> respondents, ServqualDimension weakest, Random random,
        DateTimeOffset now, JourneyPlaces places)
    {
        var survey = OpenSurvey(workspaceId, name, BuiltInInstruments.ServqualKey, now.AddDays(-ServqualRounds[0] - 14));
        foreach (var (round, daysAgo) in ServqualRounds.Index())
        {
            foreach (var person in respondents)
            {
                // Not everyone answers every round.
                if (random.NextDouble() < 0.15)
                {
                    continue;
                }
                var submittedAt = now.AddDays(-daysAgo + random.Next(0, 21)).AddMinutes(random.Next(8 * 60, 17 * 60));
                var answers = new Dictionary<string, Answer>();
                var expects = Normal(random, 0, 0.5);
                // Decision-makers see the relationship; users see the day-to-day work, and rate it lower.
                var perceives = Normal(random, 0, 0.7) + (person.IsDecisionMakingUnitMember ? 0.2 : -0.2) + 0.15 * round;
                foreach (var dimension in ServqualItems.Dimensions)
                {
                    var shortfall = dimension == weakest ? 1.8 : dimension == ServqualDimension.Tangibles ? 0.5 : 1.0;
                    var expectation = 6.0 + expects + Normal(random, 0, 0.3);
                    var perception = 6.0 - shortfall + perceives + Normal(random, 0, 0.4);
                    foreach (var item in ServqualItems.Of(dimension))
                    {
                        answers[ServqualQuestions.ExpectationKey(item)] = new Answer(Number: Rating(expectation + Normal(random, 0, 0.45)));
                        answers[ServqualQuestions.PerceptionKey(item)] = new Answer(Number: Rating(perception + Normal(random, 0, 0.5)));
                    }
                }
                foreach (var (dimension, points) in ServqualItems.Dimensions.Zip(Weights(random)))
                {
                    answers[ServqualQuestions.WeightKey(dimension)] = new Answer(Number: points);
                }
                db.SurveyResponses.Add(survey.Respond(
                    new NewSurveyResponse(answers, person.AccountId, person.Id, Context: places.At(person.AccountId, submittedAt, withTouchpoint: false)),
                    submittedAt));
            }
        }
    }

    private void AddNpsSurvey(Guid workspaceId, IReadOnlyList<Stakeholder> respondents, Random random, DateTimeOffset now, JourneyPlaces places)
    {
        string[] praise = ["The consultants know our environment.", "Quick answers when something breaks.", "Trainers adapt to our people.", "Reliable and easy to work with."];
        string[] criticism = ["Alerts reach us late.", "We had to chase for a reply twice.", "The planning changed without warning.", "Too many sales calls after we said no."];
        var survey = OpenSurvey(workspaceId, NpsSurvey, BuiltInInstruments.NpsKey, now.AddDays(-370));
        const int months = 12;
        for (var month = 0; month < months; month++)
        {
            var answering = respondents.OrderBy(_ => random.Next()).Take(random.Next(6, 11)).ToList();
            foreach (var person in answering)
            {
                var daysAgo = (months - month) * 30 - random.Next(0, 28);
                var submittedAt = now.AddDays(-daysAgo).AddMinutes(random.Next(8 * 60, 17 * 60));
                // The mean answer climbs from about 6.5 to 8.8 over the year: detractors give way to promoters in the trend.
                var score = (int)Math.Round(Math.Clamp(6.5 + 2.3 * month / (months - 1) + Normal(random, 0, 1.4), 0, 10));
                var answers = new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: score) };
                if (random.NextDouble() < 0.6)
                {
                    var reasons = score >= Nps.PromotersFrom ? praise : criticism;
                    answers["reason"] = new Answer(Text: reasons[random.Next(reasons.Length)]);
                }
                db.SurveyResponses.Add(survey.Respond(
                    new NewSurveyResponse(answers, person.AccountId, person.Id, Context: places.At(person.AccountId, submittedAt, withTouchpoint: true)),
                    submittedAt));
            }
        }
    }

    /// <summary>One respondent's 100 points: the typical split, jittered, with reliability taking up the rounding.</summary>
    internal static int[] Weights(Random random)
    {
        var points = TypicalWeights.Select(w => Math.Max(0, w + random.Next(-4, 5))).ToArray();
        points[(int)ServqualDimension.Reliability] += (int)ServqualWeights.Total - points.Sum();
        return points;
    }

    internal static int Rating(double value) => (int)Math.Round(Math.Clamp(value, RatingScale.Servqual.Lowest, RatingScale.Servqual.Highest));

    /// <summary>A normally distributed draw (Box-Muller), from the seeded generator.</summary>
    internal static double Normal(Random random, double mean, double deviation) =>
        mean + deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Where an account's journey stood on a day, so a response carries the phase (and a touchpoint of it) it was asked in.</summary>
    private sealed class JourneyPlaces(
        IReadOnlyList<Core.Journeys.Journey> journeys, IReadOnlyList<Core.Journeys.JourneyPhaseChange> changes, IReadOnlyList<Core.Touchpoints.Touchpoint> touchpoints)
    {
        public SurveyContext? At(Guid accountId, DateTimeOffset when, bool withTouchpoint)
        {
            var journey = journeys.Where(j => j.AccountId == accountId && j.StartedAt <= when).OrderBy(j => j.StartedAt).FirstOrDefault();
            if (journey is null)
            {
                return null;
            }
            var phase = changes.Where(c => c.JourneyId == journey.Id && c.ChangedAt <= when).OrderBy(c => c.ChangedAt).LastOrDefault()?.ToPhase ?? 1;
            var touchpoint = withTouchpoint ? touchpoints.FirstOrDefault(t => t.JourneyId == journey.Id && t.Phase == phase) : null;
            return new SurveyContext(journey.Id, phase, touchpoint?.Id);
        }
    }
}
