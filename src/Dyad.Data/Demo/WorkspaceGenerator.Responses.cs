using System.Text;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using static Dyad.Data.Demo.GeneratorVocabulary;

namespace Dyad.Data.Demo;

public sealed partial class WorkspaceGenerator
{
    /// <summary>
    /// The surveys responses go to, and the share of responses each gets: mostly the short transactional NPS and CSAT, fewer
    /// of the long SERVQUAL relationship survey and the 004 open questions.
    /// </summary>
    private static readonly (string Name, string Instrument, int Share)[] Surveys =
    [
        ("Relationship NPS", BuiltInInstruments.NpsKey, 50),
        ("Touchpoint satisfaction (CSAT)", BuiltInInstruments.CsatKey, 25),
        ("Relationship survey (SERVQUAL)", BuiltInInstruments.ServqualKey, 10),
        ("Customer experience survey (open questions)", BuiltInInstruments.OpenQuestionsKey, 15),
    ];

    /// <summary>How much every score climbs over the two years: the provider gets better, as the trend charts should show.</summary>
    private const double Improvement = 0.6;

    /// <summary>Share of NPS respondents who also say why.</summary>
    private const double ReasonRate = 0.6;

    private async Task WriteResponsesAsync(BatchWriter writer, Guid workspaceId, List<Customer> customers, int count, Random random,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var surveys = Surveys.Select(s => OpenSurvey(workspaceId, s.Name, s.Instrument, now.AddDays(-HistoryDays - 7))).ToArray();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var shares = Surveys.Sum(s => s.Share);
        var answering = customers.Where(c => c.People.Count > 0).ToList();
        await writer.WriteAsync("Survey responses", count, _ =>
        {
            var pick = random.Next(shares);
            var which = Array.FindIndex(Surveys, s => (pick -= s.Share) < 0);
            var customer = answering[random.Next(answering.Count)];
            var person = customer.People[random.Next(customer.People.Count)];
            var journey = customer.Journeys[random.Next(customer.Journeys.Count)];
            var submittedAt = Between(random, journey.Journey.StartedAt, now).AddSeconds(random.Next(60));
            var (phase, _, _) = journey.PhaseAt(submittedAt, now);
            // The relationship surveys are about the whole relationship; the transactional ones name the touchpoint.
            var transactional = Surveys[which].Instrument is BuiltInInstruments.NpsKey or BuiltInInstruments.CsatKey;
            var touchpoints = journey.Touchpoints.Where(t => t.Phase == phase).ToList();
            var context = new SurveyContext(journey.Journey.Id, phase,
                transactional ? touchpoints[random.Next(touchpoints.Count)].Id : null);
            // Decision-makers see the relationship; users see the day-to-day work, and rate it lower.
            var feeling = 0.9 * customer.Mood + (person.IsDecisionMakingUnitMember ? 0.2 : -0.2)
                          + Improvement * (1 - (now - submittedAt).TotalDays / HistoryDays) + DemoWorkspace.Normal(random, 0, 0.8);
            var answers = Surveys[which].Instrument switch
            {
                BuiltInInstruments.NpsKey => NpsAnswers(feeling, random),
                BuiltInInstruments.CsatKey => CsatAnswers(feeling),
                BuiltInInstruments.ServqualKey => ServqualAnswers(feeling, random),
                _ => OpenAnswers(feeling, random),
            };
            db.SurveyResponses.Add(surveys[which].Respond(
                new NewSurveyResponse(answers, customer.Account.Id, person.Id, Context: context), submittedAt));
            return 1;
        }, cancellationToken);
    }

    private Survey OpenSurvey(Guid workspaceId, string name, string instrument, DateTimeOffset createdAt)
    {
        var survey = new Survey(workspaceId, new SurveyDetails(name, instrument), createdAt);
        survey.Update(new SurveyDetails(name, instrument, Status: SurveyStatus.Open));
        db.Surveys.Add(survey);
        return survey;
    }

    /// <summary>A mean around 7.6 with a wide spread: a few points of NPS, promoters and detractors both common, as in B2B services.</summary>
    private static Dictionary<string, Answer> NpsAnswers(double feeling, Random random)
    {
        var score = (int)Math.Round(Math.Clamp(7.6 + 1.5 * feeling, 0, 10));
        var answers = new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: score) };
        if (random.NextDouble() < ReasonRate)
        {
            answers["reason"] = new Answer(Text: score >= Nps.PromotersFrom ? Remark(Praise, random)
                : score < Nps.PassivesFrom ? Remark(Criticism, random)
                : $"{Pick(Praise, random)} But: {Pick(Criticism, random).ToLowerInvariant()}");
        }
        return answers;
    }

    private static Dictionary<string, Answer> CsatAnswers(double feeling) => new()
    {
        [BuiltInInstruments.ScoreQuestion] = new(Number: (int)Math.Round(Math.Clamp(3.9 + 0.8 * feeling, RatingScale.Csat.Lowest, RatingScale.Csat.Highest))),
    };

    /// <summary>Perception short of expectation, most on reliability and responsiveness, less for customers who feel better.</summary>
    private static Dictionary<string, Answer> ServqualAnswers(double feeling, Random random)
    {
        var answers = new Dictionary<string, Answer>();
        var expects = DemoWorkspace.Normal(random, 0, 0.5);
        foreach (var dimension in ServqualItems.Dimensions)
        {
            var shortfall = dimension switch
            {
                ServqualDimension.Reliability => 1.4,
                ServqualDimension.Responsiveness => 1.2,
                ServqualDimension.Tangibles => 0.4,
                _ => 0.8,
            };
            var expectation = 6.0 + expects + DemoWorkspace.Normal(random, 0, 0.3);
            var perception = 6.0 - shortfall + 0.6 * feeling + DemoWorkspace.Normal(random, 0, 0.4);
            foreach (var item in ServqualItems.Of(dimension))
            {
                answers[ServqualQuestions.ExpectationKey(item)] = new Answer(Number: DemoWorkspace.Rating(expectation + DemoWorkspace.Normal(random, 0, 0.45)));
                answers[ServqualQuestions.PerceptionKey(item)] = new Answer(Number: DemoWorkspace.Rating(perception + DemoWorkspace.Normal(random, 0, 0.5)));
            }
        }
        foreach (var (dimension, points) in ServqualItems.Dimensions.Zip(DemoWorkspace.Weights(random)))
        {
            answers[ServqualQuestions.WeightKey(dimension)] = new Answer(Number: points);
        }
        return answers;
    }

    /// <summary>The four open questions of 004: what matters, what went wrong, what went right; the unhappier, the more went wrong.</summary>
    private static Dictionary<string, Answer> OpenAnswers(double feeling, Random random)
    {
        var answers = new Dictionary<string, Answer>
        {
            [OpenQuestions004.ImpactFactorsKey] = new(Text: Remark(ImpactFactors, random)),
        };
        if (random.NextDouble() < 0.5 - 0.3 * feeling)
        {
            answers[OpenQuestions004.ServiceIssuesKey] = new Answer(Text: Remark(Criticism, random));
        }
        if (random.NextDouble() < 0.5 + 0.3 * feeling)
        {
            answers[OpenQuestions004.DoneRightKey] = new Answer(Text: Remark(Praise, random));
        }
        if (random.NextDouble() < 0.15)
        {
            answers[OpenQuestions004.OtherCommentsKey] = new Answer(Text: Pick(feeling >= 0 ? Praise : Criticism, random));
        }
        return answers;
    }

    /// <summary>One or two phrases of the bank, as people write: short.</summary>
    private static string Remark(string[] bank, Random random)
    {
        var text = new StringBuilder(Pick(bank, random));
        if (random.NextDouble() < 0.4)
        {
            text.Append(' ').Append(Pick(bank, random));
        }
        return text.ToString();
    }

    private static string Pick(string[] bank, Random random) => bank[random.Next(bank.Length)];
}
