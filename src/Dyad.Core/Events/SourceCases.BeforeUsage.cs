using static Dyad.Core.Events.ExperienceState;
using static Dyad.Core.Events.FieldworkFirm;
using static Dyad.Core.Practices.ModeOfEngagement;
using static Dyad.Core.Practices.ModeOfOrganization;

namespace Dyad.Core.Events;

/// <summary>Phases 1 to 3: trigger and problem analysis, orientation and negotiation, choice and purchase.</summary>
public static partial class SourceCases
{
    private static IEnumerable<SourceCase> BeforeUsage() =>
    [
        new("1.1", TrainAndCo,
            "At a first meeting, an HR manager of a government body cannot pin down where her organisation's problem lies, which leaves her doubtful and insecure.",
            "The account manager and trainer probe with questions; the trainer politely confronts her with the missing policy on citizens who break the rules and suggests that HR report incidents itself.",
            "She sees the problem in a new light and how Train&Co could help: \"your idea is new to us\".",
            ["Creating insight in current situation through critical questions", "Helping customer to create insight in problem/challenges",
                "Providing constructive feedback", "Providing constructive advice"],
            [Coded("Analysing problem thoroughly", Regular, Reactive), Coded("Advising constructively", AdHoc, Reactive)],
            // 001 says expectations were exceeded; 000, narrating the same event, says the advice stabilized the
            // experience and types both practices as reactive (restoring). We follow the later reading.
            new(Unsettled, Restored),
            illustrationIn000: 1),

        new("1.2", TrainAndCo,
            "The customer's L&D representative reports strong resistance to training inside the organisation, which keeps Train&Co from getting in.",
            "The account manager asks where the resistance comes from and brings in the trainer, who explains how Train&Co's practical approach differs from classic role play.",
            "The customer's bad memories of earlier training are tempered; she finds the approach \"significantly refreshing\".",
            ["Root cause analysis", "Showing knowledge & expertise", "Communicating unique elements of value promise"],
            [Coded("Analysing problem thoroughly"), Coded("Tailoring value promise")],
            new(Sceptical, Restored)),

        new("2.1", MonItor,
            "A complex customer that lost trust in outside consultants after a failed project struggles with its own bureaucratic procurement and legal procedures.",
            "At a meeting the account manager and an expert consultant walk through every step needed to start soon; the account manager offers his help and the consultant follows up with an action plan.",
            "The IT manager is satisfied that something is being done and that MonITor helps him with his problems.",
            // The last two codes sit on a continuation row of Table 2, in this case's column.
            ["Turning complications into opportunities", "Proactive help", "Relieving customer from its duty", "Ad hoc future problem solving",
                "Creating certainty", "Providing structure"],
            [Coded("Solving problems ad hoc"), Coded("Acting solution oriented")],
            new(Sceptical, Restored)),

        new("2.2", MonItor,
            "After an error in a mailing system, the interim IT manager knows what he needs but cannot find a system that leaves the running ones undisturbed.",
            "The account manager offers a solution that fits those needs closely.",
            "A kick-off with the management team is planned at once to start a pilot, and the manager is pleased: \"John knows exactly what I am looking for\".",
            ["Helping customer with own organisational challenges", "Customise a compelling offering that fits with customer's needs"],
            // Table 2 prints "7." before empathising, but 7 is acting decisively; the name is what counts.
            [Coded("5. Tailoring value promise"), Coded("7. Empathising in customer")],
            new(Unsettled, Restored)),

        new("2.3", MonItor,
            "Choosing a supplier, a project leader asks eleven of MonITor's customers about it; two recall a critical moment when the consultant they trusted left MonITor.",
            "MonITor acted at once: the departing consultant introduced his successor to the customer in a warm handover.",
            "The customer trusted the new consultant and valued the orderly handling; the project leader weighs this in his choice.",
            ["Responsive behaviour by immediate action", "Aiming to create trust through warm handover in personnel change", "Careful relation management"],
            [Coded("6. Acting solution oriented", AdHoc, Reactive), Coded("11. Managing relation strategically", Regular, Proactive)],
            new(Unsettled, Surpassed),
            illustrationIn000: 2),

        new("2.4", TrainAndCo,
            "The L&D manager reports that two departments want at most a day and half a day of training, and that their staff are training averse.",
            "The account manager pushes back on the short formats and asks why; the trainer explains what a day can and cannot cover and advises adding a second half day.",
            "Convinced, she will put the argument to both department heads and asks for a proposal planning; her experience steadies though internal hurdles remain.",
            ["Resolute behaviour: giving pushback on customer's wishes", "Realistic & adequate advice", "Understand underlying needs of customer",
                "Co-thinking in overcoming internal challenges"],
            // 000 illustration 3 types all four as regular and reactive; it codes 001's proactive advice as
            // constructive advice (P1) given reactively, and its modes are kept as given.
            [
                Coded("3. Analysing problem thoroughly", Regular, Reactive), Coded("7. Acting decisively", Regular, Reactive),
                Coded("9. Advising proactively", Regular, Reactive), Coded("10. Managing expectation", Regular, Reactive),
            ],
            new(Sceptical, Stable),
            illustrationIn000: 3),

        new("2.5", TrainAndCo,
            "A training coordinator, obliged to follow up her predecessor's plans, lacks the background to judge which training suits whom.",
            "The account manager helps her identify needs and the organisation's challenges and proposes a handful of suitable trainings on the spot.",
            "She feels supported in advising her colleagues: \"He knows where the sweet spot lies\".",
            ["Identify customer's needs", "Align offering with wish of customer", "Proposing customer's goal-based offering"],
            [Coded("3. Analysing problem thoroughly"), Coded("5. Tailoring value promise"), Coded("6. Acting solution oriented")],
            new(Unsettled, Restored)),

        new("2.6", TrainAndCo,
            "An HR manager who did her own problem analysis asks two shortlisted providers for a very broad range of training; her choice of provider is near.",
            "The account manager finds the needs too scattered, pushes back and advises starting small with one clear target group, proposing an alternative offering.",
            "She is pleasantly surprised by the honest advice: \"My plans were too ambitious.\"",
            ["Push-back on customer needs", "Tailored advice", "Acting in the customer's interest, instead of own"],
            // 000 Table 4 leaves empathising unmarked for illustration 4, but the illustration itself lists it
            // (P9, regular and proactive) and 001 codes it, so it is kept.
            [
                Coded("5. Tailoring value promise", Regular, Proactive), Coded("7. Acting decisively", Regular, Reactive),
                Coded("8. Empathising in customer", Regular, Proactive), Coded("11. Managing relation strategically", AdHoc, Reactive),
            ],
            new(Unsettled, Surpassed),
            illustrationIn000: 4),

        new("3.1", MonItor,
            "The account manager who built the relationship is on holiday and misses the kick-off of a large project the customer is about to buy.",
            "MonITor's director stands in for him to show commitment and how much the project matters to MonITor.",
            "The project leader is surprised and uneasy about the substitute and wonders whether he speaks for the account manager: \"an uncanny and sceptical feeling\".",
            ["Showing commitment", "Provide personnel replacement"],
            // 000 illustration 5 prints two modes over three practices; within a mode it lists practices by
            // number, so P6 (relation) is the ad hoc one and P5, P9 the regular ones.
            [
                Coded("6. Acting solution oriented", Regular, Reactive), Coded("8. Empathising in customer", Regular, Reactive),
                Coded("11. Managing relation strategically", AdHoc, Reactive), Coded("A. Managing SVE uncoordinated"),
            ],
            // 000 counts this case among the destroyed experiences, but the customer's own word is sceptical
            // and both papers say MonITor could still repair it.
            new(Stable, Sceptical),
            illustrationIn000: 5),

        new("3.2", MonItor,
            "About to sign, the customer's project leader learns of agreements between MonITor and his own developer that he knew nothing about.",
            "MonITor's director explains the e-mail exchange at once and promises to consult his developers and send the formal agreement before the end of next week.",
            "The project leader is content and can arrange his internal matters: \"That's sufficient for me\".",
            ["Immediate action", "Aligning/tuning with internal departments to solve problems", "Quick follow-up"],
            // 000 illustration 6 prints two modes over three practices; its text places the solution-oriented
            // response among the spontaneous ad hoc ones, leaving expectations as the regular, proactive one.
            [
                Coded("Solving problems ad hoc", AdHoc, Reactive), Coded("Acting solution oriented", AdHoc, Reactive),
                Coded("Managing expectation", Regular, Proactive),
            ],
            new(Unsettled, Restored),
            illustrationIn000: 6),

        // Table 2 credits MonITor with the professionalism here, but the case is about choosing a training
        // provider and a trainer's enthusiasm, and only as Train&Co's do the firms reach 000's eight and ten.
        new("3.3", TrainAndCo,
            "A personal development representative, whose staff see training as a boring obligation, chooses the training provider for the coming year at a final meeting.",
            "The account manager brings an experienced trainer, who shows expertise and a wave of enthusiasm.",
            "The customer is struck by the professionalism and convinced her people will like the training; her expectations are exceeded.",
            ["Professional enthusiasm", "Strategic choice of own personnel", "Communicating surprising/convincing value promise",
                "Breaking internal stigma at customer"],
            [Coded("5. Tailoring value promise"), Coded("8. Empathising in customer")],
            new(Sceptical, Surpassed)),
    ];
}
