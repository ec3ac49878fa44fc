using Dyad.Core.Feedback.Notes;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    private const int FocusGroupsDaysAgo = 60;

    /// <summary>
    /// What the manufacturer's employees said in 004's focus groups, each remark filed under one customer keyword, with
    /// 004's counts for the five keywords employees named most: documentation 19, accurate answers 14, meetings 13,
    /// professional FAT 11, communication 11. Nobody named flexibility, which the customers did: the market information gap.
    /// </summary>
    private static readonly (int Count, string[] Remarks)[] FocusGroupRemarks =
    [
        (19, [
            "Customers judge us by the drawings: late or incomplete drawings are what they remember.",
            "The document package at handover decides how the end of the project feels.",
            "Manuals and certificates come last, and customers notice.",
            "Paperwork for the customer's own approval is often the bottleneck on their side.",
        ]),
        (14, [
            "A correct answer the first time matters more to customers than a fast one.",
            "Customers lose trust when we give inaccurate figures in the quotation phase.",
            "Engineers should check before writing back; wrong information sets the customer back by days.",
            "Accurate technical details are what buyers expect from us.",
        ]),
        (13, [
            "The kick-off sets the tone for the whole project in the customer's eyes.",
            "Customers value the weekly call with the project manager.",
            "A site visit by our engineer early on prevents misunderstandings later.",
            "Meetings with a clear agenda and minutes are what customers ask for.",
        ]),
        (11, [
            "The FAT is the moment the customer sees the machine for the first time; it has to be well prepared.",
            "A factory acceptance test with a written protocol makes customers confident.",
            "Customers notice when the acceptance test is rushed or the test bench is not ready.",
        ]),
        (11, [
            "Customers want to hear about problems from us before they find them themselves: communication is everything.",
            "We should send a status update at every milestone, not only when asked.",
            "Communicating schedule changes early keeps customers calm.",
        ]),
        (10, [
            "Customers expect a quick reply to technical questions, within a day at most.",
            "Our response time to service requests is what customers compare with competitors.",
            "Responsiveness of the project team is the first thing customers mention.",
        ]),
        (3, ["The equipment itself is rarely the issue; customers trust its build quality."]),
        (2, ["Customers plan their own production around our delivery date."]),
    ];

    private static readonly string[] FocusGroups =
        ["Project managers", "Engineering", "Production and FAT", "Sales and service"];

    /// <summary>The remarks spread over four focus groups held on one day, each group noted by its facilitator.</summary>
    private void AddEmployeeNotes(Guid workspaceId)
    {
        var heldOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-FocusGroupsDaysAgo));
        var remark = 0;
        foreach (var (count, remarks) in FocusGroupRemarks)
        {
            for (var i = 0; i < count; i++, remark++)
            {
                var group = FocusGroups[remark % FocusGroups.Length];
                db.EmployeeNotes.Add(new EmployeeNote(workspaceId,
                    new EmployeeNoteDetails(remarks[i % remarks.Length], EmployeeNoteKind.FocusGroup, $"Focus group: {group}", heldOn),
                    clock.GetUtcNow()));
            }
        }
    }
}
