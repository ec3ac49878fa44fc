using Dyad.Core.Reports;
using Dyad.Data.Dashboards;
using Dyad.Documents;

namespace Dyad.Data.Reports;

/// <summary>What to report on: the kind, the account of an account review, and the dashboards' filter.</summary>
public sealed record ReportRequest(ReportKind Kind, ReportFormat Format, Guid? AccountId, DashboardFilter Filter);

/// <summary>
/// One part of a report: a heading, a few sentences, the charts drawn from <see cref="Table"/> and the table itself. The
/// PDF prints all of it; the workbook and the CSV files carry the table, under <see cref="Table"/>'s panel key.
/// </summary>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Notes, DashboardTable Table, IReadOnlyList<Block> Charts)
{
    /// <summary>The sheet and file name: the dashboard panel's key, or the report's own for what no panel shows.</summary>
    public string Key => Table.Panel;
}

/// <summary>A report before it is written in a format: its cover and its sections in order.</summary>
public sealed record ReportDocument(string Title, string WorkspaceName, string FilterText, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<ReportSection> Sections);
