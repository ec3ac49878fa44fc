using static Dyad.Core.Events.ExperienceState;
using static Dyad.Core.Events.FieldworkFirm;
using static Dyad.Core.Practices.ModeOfEngagement;
using static Dyad.Core.Practices.ModeOfOrganization;

namespace Dyad.Core.Events;

/// <summary>Phases 4 and 5: implementation and usage, evaluation and follow-up.</summary>
public static partial class SourceCases
{
    private static IEnumerable<SourceCase> UsageAndAfter() =>
    [
        new("4.1", MonItor,
            "Using MonITor's IT application, the customer's IT manager complains that MonITor does not tell him proactively about breakdowns or about what the offering can do.",
            "MonITor reacted late to a first minor breakdown; at the second, after the customer called, the account manager had the support desk fix it.",
            "This case is solved, but the manager wants steady proactive communication rather than one-off fixes and stays slightly sceptical.",
            ["Showing empathy in customer's problem", "Making future promises", "Ad hoc repair work"],
            [Coded("Repairing situation", AdHoc, Reactive), Coded("Empathising in customer", Regular, Reactive)],
            new(Unsettled, Sceptical),
            illustrationIn000: 7),

        new("4.2", MonItor,
            "MonITor's tool is among the systems the customer's IT department fails to implement; the consultant on site does not serve the IT manager's goals of continuity and stability.",
            "In agreement with the customer, MonITor adds a second consultant to solve the problem and support the IT team.",
            "The IT manager welcomes the fresh view; trust is restored and his fear of failing is gone.",
            ["Co-solving ad-hoc problem solving", "Showing empathy in customer's problem", "Customer's goal-based problem solving",
                "Providing additional assets"],
            [Coded("Solving problems ad hoc"), Coded("Tailoring value promise"), Coded("Empathising in customer")],
            new(Unsettled, Restored)),

        new("4.3", MonItor,
            "A head of back office finds that the system does not show what goes wrong when it breaks down; the error was fixed quickly, but he wants stability.",
            "The account manager shows understanding, has the support desk look for more insight in the system and proposes wall screens that show the dashboards.",
            "The customer agrees and leaves satisfied: \"Everybody should be able to see what's happening.\"",
            ["Resolute behaviour", "Resolving power", "Customer's goal-based problem solving", "Understanding/empathy in customer's situation"],
            [
                Coded("Solving problems ad hoc", AdHoc, Reactive), Coded("Acting solution oriented", AdHoc, Proactive),
                Coded("Acting decisively", AdHoc, Reactive), Coded("Empathising in customer", Regular, Reactive),
            ],
            new(Unsettled, Surpassed),
            illustrationIn000: 8),

        new("4.4", MonItor,
            "After signing, a competitor of MonITor announces extra charges for features the customer's project leader believed were included.",
            "The provider stands its ground on the charges and will not answer the customer's questions about the contract.",
            "The customer feels misled, \"like receiving a cold shower\", and looks for another provider.",
            // The first code lost its opening words in the extraction of Table 2.
            ["... to clear management of the customer's experience", "Stubbornly sticking to your ground", "Unable to answer questions",
                "Slow responses to customer urgent questions"],
            [Coded("A. Managing SVE uncoordinated"), Coded("B. Communicating slowly"), Coded("C. Acting avoidantly")],
            new(Stable, Destroyed, beyondRepair: true),
            actedByCompetitor: true),

        new("5.1", MonItor,
            "The implementation failed because the customer never saw what the offering could do for it: \"like we bought a Ferrari and drive it like a Deux Chevaux\".",
            "MonITor asks for a meeting; the account manager brings an IT expert to advise on the system and possible solutions.",
            "The customer now knows what to expect in the coming weeks, in planning and in content.",
            ["Proactive action", "Sharing knowledge", "Tailored advice", "Creating certainty", "Providing structure"],
            [Coded("9. Advising proactively")],
            new(Unsettled, Restored)),

        new("5.2", TrainAndCo,
            "After a long training programme, the customer's HR department is satisfied but struggles to keep the new skills alive in daily work.",
            "At a well-prepared meeting the account manager and trainer first explore the situation, then propose ten-minute talks with the trainer and a coach-the-coach programme for managers.",
            "The HR team calls it eye-opening, and the senior HR manager will ask the board to give the follow-up top priority.",
            ["Root cause analysis", "Sharing knowledge & expertise", "Proposing possible novel solution", "Coaching customer in organisational challenge"],
            // 000 illustration 9 prints three modes over four practices (P1, P3, P5, P1): the ad hoc, proactive
            // advice is 001's proactive advice; P3 and P5 are read as the regular, reactive ones. Its other,
            // reactive constructive advice has no counterpart in 001's coding and is left out.
            [
                Coded("Analysing problem thoroughly", Regular, Reactive), Coded("Acting solution oriented", Regular, Reactive),
                Coded("Advising proactively", AdHoc, Proactive),
            ],
            new(Stable, Surpassed),
            illustrationIn000: 9),

        // Table 2 names MonITor's account manager once here; 001's narrative of the same case says Train&Co's.
        new("5.3", TrainAndCo,
            "After IT training for several departments, the L&D manager does not know how staff judged it or whether it met their needs.",
            "The account manager surveys all participants, reports a remaining need for deeper skills and keeps pressing for more training despite her budget and decision constraints.",
            "Impressed at first, she turns down his offer of further analysis, \"We'll take care of that ourselves\", and her will to cooperate drops.",
            ["Identify needs of employees' needs as opportunity for sales", "Responsive action", "Provide information", "Pushing through on sales",
                "Being slightly too opportunistic"],
            [
                Coded("3. Analysing problem thoroughly"), Coded("4. Advising constructively"), Coded("6. Acting solution oriented"),
                Coded("D. Selling opportunistically and insistently"),
            ],
            // 000 counts this among the destroyed experiences; nothing says the customer left, so not beyond repair.
            new(Stable, Destroyed)),
    ];
}
