namespace Dyad.Core.Practices;

/// <summary>Keys of the built-in practices, so code and seed data refer to them without typos.</summary>
public static class PracticeKeys
{
    public const string SolvingProblemsAdHoc = "solving_problems_ad_hoc";
    public const string RepairingTheSituation = "repairing_the_situation";
    public const string AnalysingTheProblem = "analysing_the_problem";
    public const string AdvisingConstructively = "advising_constructively";
    public const string TailoringValuePromise = "tailoring_value_promise";
    public const string ActingSolutionOriented = "acting_solution_oriented";
    public const string ActingDecisively = "acting_decisively";
    public const string Empathising = "empathising";
    public const string AdvisingProactively = "advising_proactively";
    public const string ManagingExpectations = "managing_expectations";
    public const string ManagingRelationStrategically = "managing_relation_strategically";

    public const string ManagingUncoordinatedly = "managing_uncoordinatedly";
    public const string CommunicatingSlowly = "communicating_slowly";
    public const string ActingAvoidantly = "acting_avoidantly";
    public const string SellingOpportunistically = "selling_opportunistically";
}
