using static Dyad.Core.Practices.PracticePolarity;

namespace Dyad.Core.Practices;

/// <summary>
/// The built-in catalogue: the 15 activities of 001 Table 1 with the 10 practices of 000 Table 4 merged
/// into them. The two papers report one fieldwork (the same 18 critical events), and 000 Table 4 repeats
/// 001 Table 1's descriptions almost word for word, so where the descriptions match the practices are one
/// and 000's wording becomes an alias. 001's names lead because 001 is the superset and its Table 2
/// codes every case with them.
/// </summary>
public sealed partial class PracticeCatalogue
{
    public static PracticeCatalogue BuiltIn { get; } = new(
    [
        new(PracticeKeys.SolvingProblemsAdHoc, "Solving problems ad hoc",
            "Fixes the problem on the spot, the moment it comes up, without waiting for a procedure.",
            Facilitating, ["Solve problems ad hoc"], ["001 Table 1 #1", "000 Table 4 #4"], "1", 4),

        // 000 calls it "stabilize the situation" but describes it as 001 does: repair work that holds the
        // situation together for now. Both papers code the same event with it (001 case 4.1, 000 illustration 7).
        new(PracticeKeys.RepairingTheSituation, "Repairing the situation",
            "Patches up what went wrong so the experience holds for now, until a lasting fix is found.",
            Facilitating, ["Stabilize the situation", "Repairing situation"], ["001 Table 1 #2", "000 Table 4 #10"], "2", 10),

        new(PracticeKeys.AnalysingTheProblem, "Analysing the problem thoroughly",
            "Gets to the bottom of the customer's problem, with probing questions or a root-cause analysis, before proposing anything.",
            Facilitating, ["Analyze the problem thoroughly", "Analysing problem thoroughly"], ["001 Table 1 #3", "000 Table 4 #3"], "3", 3),

        new(PracticeKeys.AdvisingConstructively, "Advising constructively",
            "Tells the customer frankly and sensibly what would serve them best.",
            Facilitating, ["Provide constructive advice"], ["001 Table 1 #4", "000 Table 4 #1"], "4", 1),

        new(PracticeKeys.TailoringValuePromise, "Tailoring value promise",
            "Shapes the offering around the customer's own situation and needs instead of the standard package.",
            Facilitating, ["Tailor value promise", "Tailor the value promise"], ["001 Table 1 #5", "000 Table 4 #2"], "5", 2),

        new(PracticeKeys.ActingSolutionOriented, "Acting solution oriented",
            "Takes steps that move the customer toward a solution for the matter at hand.",
            Facilitating, ["Steer toward solutions"], ["001 Table 1 #6", "000 Table 4 #5"], "6", 5),

        new(PracticeKeys.ActingDecisively, "Acting decisively",
            "Acts firmly and holds its position, pushing back where the customer's wish would not serve them.",
            Facilitating, ["Take decisive action"], ["001 Table 1 #7", "000 Table 4 #7"], "7", 7),

        new(PracticeKeys.Empathising, "Empathising in customer",
            "Puts itself in the customer's position to understand what the situation means to them.",
            Facilitating, ["Empathize with the customer"], ["001 Table 1 #8", "000 Table 4 #9"], "8", 9),

        // 000 has no practice of its own for this: it codes such advice as "provide constructive advice" and
        // lets the mode of engagement say whether it was proactive (001 cases 2.4 and 5.2 are 000 illustrations
        // 3 and 9). It stays separate here because 001 Table 2 codes it apart from constructive advice and
        // counts the two separately per phase (phase 5: twice proactive, once constructive).
        new(PracticeKeys.AdvisingProactively, "Advising proactively",
            "Offers advice before the customer asks for it, looking ahead to what the customer will need.",
            Facilitating, [], ["001 Table 1 #9"], "9"),

        new(PracticeKeys.ManagingExpectations, "Managing expectations",
            "Says up front what the customer can and cannot expect, so that expectations and delivery match.",
            Facilitating, ["Manage expectations", "Managing expectation"], ["001 Table 1 #10", "000 Table 4 #8"], "10", 8),

        new(PracticeKeys.ManagingRelationStrategically, "Managing relation strategically",
            "Looks after the relationship with a long collaboration in mind rather than the deal at hand.",
            Facilitating, ["Manage the relationship strategically"], ["001 Table 1 #11", "000 Table 4 #6"], "11", 6),

        // The destructing activities appear only in 001; 000 mentions them in its discussion but does not type them.
        new(PracticeKeys.ManagingUncoordinatedly, "Managing SVE uncoordinatedly",
            "Acts and behaves without coordination, so that one hand does not know what the other promised.",
            Destructing, ["Managing SVE uncoordinated"], ["001 Table 1 #A"], "A"),

        new(PracticeKeys.CommunicatingSlowly, "Communicating slowly",
            "Answers late or poorly, which keeps the customer from help or a solution.",
            Destructing, [], ["001 Table 1 #B"], "B"),

        new(PracticeKeys.ActingAvoidantly, "Acting avoidantly",
            "Holds back and sidesteps the customer's requests instead of helping.",
            Destructing, [], ["001 Table 1 #C"], "C"),

        new(PracticeKeys.SellingOpportunistically, "Selling opportunistically and insistently",
            "Keeps pressing its own sales opportunity after the customer has made clear it is not wanted.",
            Destructing, [], ["001 Table 1 #D"], "D"),
    ]);
}
